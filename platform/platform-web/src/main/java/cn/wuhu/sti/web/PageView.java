package cn.wuhu.sti.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** One page of a list, as every list endpoint answers it. */
public record PageView<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(
                page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return of(page.map(view::apply));
    }

    /** The requested page of a list computed whole in memory (a few thousand items at most). */
    public static <T> PageView<T> of(List<T> all, Pageable pageable) {
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return of(new PageImpl<>(all.subList(from, to), pageable, all.size()));
    }
}
