package cn.wuhu.sti.web;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/** The {@code 201 Created} answer of a create: the body, and a {@code Location} built from a path template. */
public final class Created {

    /**
     * {@code values} are encoded into the template, never concatenated: an id or certificate number may hold
     * spaces, brackets or Chinese (皖〔2023〕12号).
     */
    public static <T> ResponseEntity<T> at(T body, String template, Object... values) {
        return ResponseEntity.created(location(template, values)).body(body);
    }

    public static URI location(String template, Object... values) {
        return UriComponentsBuilder.fromPath(template)
                .buildAndExpand(values)
                .encode()
                .toUri();
    }

    private Created() {}
}
