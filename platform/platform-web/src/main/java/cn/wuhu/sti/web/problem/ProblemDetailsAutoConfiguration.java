package cn.wuhu.sti.web.problem;

import cn.wuhu.sti.store.StoreProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@link ProblemDetailsAdvice} ahead of Boot's MVC configuration, so Boot's own
 * {@code ProblemDetailsExceptionHandler} ({@code spring.mvc.problemdetails.enabled}) backs off: this one always
 * answers problem+json and adds the field list. {@link ProblemErrorController} does the same for errors raised outside
 * Spring MVC, in place of Boot's {@code BasicErrorController}.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"
        },
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemDetailsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StoreOutageAnswer storeOutageAnswer(StoreProperties store) {
        return new StoreOutageAnswer(store.retryAfter());
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice(StoreOutageAnswer storeOutageAnswer) {
        return new ProblemDetailsAdvice(storeOutageAnswer);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(StoreOutageAnswer storeOutageAnswer) {
        return new ProblemErrorController(storeOutageAnswer);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemResponseWriter problemResponseWriter(JsonMapper jsonMapper) {
        return new ProblemResponseWriter(jsonMapper);
    }
}
