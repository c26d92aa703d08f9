package cn.wuhu.sti.web.problem;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The name a client used for a handler parameter: the annotation's name when given, else the Java name. */
final class ParameterNames {

    private ParameterNames() {}

    static String of(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null) {
            return named(requestParam.name(), requestParam.value(), parameter);
        }
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null) {
            return named(pathVariable.name(), pathVariable.value(), parameter);
        }
        RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
        if (requestHeader != null) {
            return named(requestHeader.name(), requestHeader.value(), parameter);
        }
        return javaName(parameter);
    }

    private static String named(String name, String value, MethodParameter parameter) {
        if (!name.isEmpty()) {
            return name;
        }
        return value.isEmpty() ? javaName(parameter) : value;
    }

    private static String javaName(MethodParameter parameter) {
        String name = parameter.getParameterName();
        return name != null ? name : "arg" + parameter.getParameterIndex();
    }
}
