package cn.wuhu.sti.web.body;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code sti.web.*}: limits of the web edge.
 *
 * @param maxRequestBody the largest request body a service reads (64KB by default; the API's bodies are well under
 *     4 KB); a larger one is answered 413
 */
@ConfigurationProperties("sti.web")
public record RequestBodyLimitProperties(
        @DefaultValue("64KB") DataSize maxRequestBody) {}
