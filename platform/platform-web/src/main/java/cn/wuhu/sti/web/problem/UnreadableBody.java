package cn.wuhu.sti.web.problem;

import cn.wuhu.sti.web.FieldViolation;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns a body Jackson could not read into the field at fault, using the JSON path Jackson 3 records. */
final class UnreadableBody {

    static final String BODY = "body";

    private UnreadableBody() {}

    static FieldViolation violation(HttpMessageNotReadableException ex) {
        JacksonException jackson = jacksonCause(ex);
        if (jackson == null) {
            boolean missing = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing");
            return new FieldViolation(BODY, missing ? "is required" : "could not be read");
        }
        String field = path(jackson);
        if (jackson instanceof StreamReadException) {
            return new FieldViolation(field, "is not valid JSON");
        }
        if (jackson instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return new FieldViolation(field, instantiation.getCause().getMessage());
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldViolation(field, expected(mismatch.getTargetType()));
        }
        return new FieldViolation(field, "could not be read");
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "has an invalid value";
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", ", "must be one of [", "]"));
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == LocalDate.class) {
            return "must be a date in the form YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 " + type.getSimpleName();
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        return "must be a valid " + type.getSimpleName();
    }

    private static JacksonException jacksonCause(Throwable ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String path(JacksonException ex) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? BODY : field.toString();
    }
}
