package cn.wuhu.sti.web.problem;

import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.NotFound;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.web.FieldViolation;
import cn.wuhu.sti.web.InvalidFieldException;
import cn.wuhu.sti.web.RequestBodyTooLargeException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error raised in Spring MVC as RFC 9457 {@code application/problem+json}. Bad input is 400 with
 * {@code errors: [{field, message}]}, so a client can point at the field it must fix.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String INVALID_INPUT = "The request has invalid input.";

    private final StoreOutageAnswer storeOutage;

    public ProblemDetailsAdvice(StoreOutageAnswer storeOutage) {
        this.storeOutage = storeOutage;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(error -> violations.add(new FieldViolation(error.getField(), error.getDefaultMessage())));
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> violations.add(new FieldViolation(error.getObjectName(), error.getDefaultMessage())));
        return badRequest(violations, ex, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = RequestBodyTooLargeException.in(ex);
        if (tooLarge.isPresent()) {
            return bodyTooLarge(tooLarge.get(), request);
        }
        return badRequest(List.of(UnreadableBody.violation(ex)), ex, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return badRequest(List.of(new FieldViolation(ex.getParameterName(), "is required")), ex, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name =
                ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        return badRequest(
                List.of(new FieldViolation(name, UnreadableBody.expected(ex.getRequiredType()))), ex, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (status.value() != HttpStatus.BAD_REQUEST.value()) {
            return super.handleHandlerMethodValidationException(ex, headers, status, request);
        }
        List<FieldViolation> violations = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String parameter = ParameterNames.of(result.getMethodParameter());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
                violations.add(new FieldViolation(field, error.getDefaultMessage()));
            }
        });
        ex.getCrossParameterValidationResults()
                .forEach(error -> violations.add(new FieldViolation("parameters", error.getDefaultMessage())));
        return badRequest(violations, ex, headers, request);
    }

    /** From {@code @Validated} beans: the leaf of the property path is the field the client sent. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldViolation> violations = ex.getConstraintViolations().stream()
                .map(violation -> new FieldViolation(leaf(violation.getPropertyPath()), violation.getMessage()))
                .toList();
        return badRequest(violations, ex, new HttpHeaders(), request);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> handleInvalidField(InvalidFieldException ex, WebRequest request) {
        return badRequest(ex.violations(), ex, new HttpHeaders(), request);
    }

    /** A refusal of the domain model: the field it names is the field of the request body. */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> handleRuleViolation(RuleViolation ex, WebRequest request) {
        return badRequest(List.of(new FieldViolation(ex.field(), ex.getMessage())), ex, new HttpHeaders(), request);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> handleNotFound(NotFound ex, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, ex.getMessage(), ex, request);
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<Object> handleConflict(Conflict ex, WebRequest request) {
        return problem(HttpStatus.CONFLICT, ex.getMessage(), ex, request);
    }

    /** Method security denies inside MVC, where the security filter's handler never sees the exception. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Access to this resource is denied.", ex, request);
    }

    /** The cause goes to the log, never to the client: a stack trace tells an attacker more than a user. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        if (storeOutage.applies(ex)) {
            log.warn("Store unavailable on {}: {}", request.getDescription(false), ex.getMessage());
            return handleExceptionInternal(
                    ex, storeOutage.problem(), storeOutage.headers(), HttpStatus.SERVICE_UNAVAILABLE, request);
        }
        var tooLarge = RequestBodyTooLargeException.in(ex);
        if (tooLarge.isPresent()) {
            return bodyTooLarge(tooLarge.get(), request);
        }
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.", ex, request);
    }

    /** Every problem leaves as problem+json with its path as {@code instance}, whatever the client accepts. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
                problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
            }
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.addAll(headers);
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return super.createResponseEntity(body, problemHeaders, statusCode, request);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** Thrown by the body's input stream wherever it was read; Jackson may have wrapped it on the way. */
    private ResponseEntity<Object> bodyTooLarge(RequestBodyTooLargeException ex, WebRequest request) {
        return handleErrorResponseException(ex, new HttpHeaders(), ex.getStatusCode(), request);
    }

    private ResponseEntity<Object> badRequest(
            List<FieldViolation> violations, Exception ex, HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, INVALID_INPUT);
        problem.setProperty("errors", violations);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, Exception ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? path.toString() : name;
    }
}
