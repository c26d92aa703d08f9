package cn.wuhu.sti.enterprise.web;

import cn.wuhu.sti.domain.Uscc;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A unified social credit code with a correct GB 32100-2015 check character; null is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidUscc.Validator.class)
public @interface ValidUscc {

    String message() default "is not a valid unified social credit code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidUscc, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            var problem = value == null ? java.util.Optional.<String>empty() : Uscc.problemWith(value);
            problem.ifPresent(reason -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("is not a valid unified social credit code: " + reason)
                        .addConstraintViolation();
            });
            return problem.isEmpty();
        }
    }
}
