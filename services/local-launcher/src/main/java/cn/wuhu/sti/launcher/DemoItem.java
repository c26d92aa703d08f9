package cn.wuhu.sti.launcher;

import java.util.List;

/**
 * One thing the demo records through the public API: a create at {@code path}, then its moves, each a POST to
 * {@code <path>/<id>/<move>}. {@code naturalId} is the id the create names itself (a USCC, a registration number),
 * so a create already done answers 409 and the moves still know where to go; null where the service hands out ids.
 */
record DemoItem(String naturalId, String path, Object body, List<Move> moves) {

    record Move(String name, Object body) {}

    static DemoItem created(String path, Object body) {
        return new DemoItem(null, path, body, List.of());
    }
}
