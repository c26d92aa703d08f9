package cn.wuhu.sti.web.json;

import static tools.jackson.databind.cfg.CoercionInputShape.Boolean;
import static tools.jackson.databind.cfg.CoercionInputShape.Float;
import static tools.jackson.databind.cfg.CoercionInputShape.Integer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Makes Jackson refuse a JSON value of the wrong type instead of converting it: out of the box it stores
 * {@code "name": 42} as the text "42", takes {@code "district": 0} as the first district, {@code "recognizedOn": 42}
 * as a day in 1970, {@code "rdActivity": 42} as true and {@code "staff": 0.9} as 0. A number in a string
 * ({@code "revenue": "186000000.00"}) stays accepted: the contract writes exact amounts that way.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
public class StrictJsonAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonTypes() {
        return builder -> {
            refuse(builder, LogicalType.Textual, Integer, Float, Boolean);
            refuse(builder, LogicalType.Enum, Integer, Float);
            refuse(builder, LogicalType.DateTime, Integer, Float);
            refuse(builder, LogicalType.Boolean, Integer, Float);
            refuse(builder, LogicalType.Integer, Float);
        };
    }

    private static void refuse(JsonMapper.Builder builder, LogicalType target, CoercionInputShape... shapes) {
        builder.withCoercionConfig(target, config -> {
            for (CoercionInputShape shape : shapes) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        });
    }
}
