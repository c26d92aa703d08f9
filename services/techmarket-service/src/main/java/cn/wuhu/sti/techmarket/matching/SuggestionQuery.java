package cn.wuhu.sti.techmarket.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The {@code page} and {@code size} of a ranking of suggestions: the top 10 unless asked, at most 50 a page, and no
 * deeper than the first 5,000.
 */
record SuggestionQuery(
        @Min(0) @Max(99) Integer page, @Min(1) @Max(50) Integer size) {

    private static final int DEFAULT_SIZE = 10;

    Pageable pageable() {
        return PageRequest.of(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }
}
