package cn.wuhu.sti.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The {@code page} and {@code size} query parameters of a list, bound with {@code @Valid @ParameterObject}: a page
 * below 0 or a size outside 1–200 is a 400 naming the parameter.
 */
public record PageQuery(
        @Min(0) Integer page, @Min(1) @Max(200) Integer size) {

    static final int FIRST = 0;
    static final int DEFAULT_SIZE = 20;

    public Pageable pageable() {
        return PageRequest.of(page == null ? FIRST : page, size == null ? DEFAULT_SIZE : size);
    }
}
