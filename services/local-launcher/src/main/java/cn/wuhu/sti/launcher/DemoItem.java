package cn.wuhu.sti.launcher;

import java.util.List;

/**
 * One thing the demo records through the public API: a create at {@code path}, then its moves, each a POST to
 * {@code <path>/<id>/<move>}. {@code key} makes the {@code Idempotency-Key} of each of those POSTs.
 */
record DemoItem(String key, String path, Object body, List<Move> moves) {

    record Move(String name, Object body) {}

    static DemoItem created(String key, String path, Object body) {
        return new DemoItem(key, path, body, List.of());
    }
}
