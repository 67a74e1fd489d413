package io.computility.hub.server.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every API failure as {@code application/problem+json} in one style. Spring's own errors and modules'
 * {@code ErrorResponseException}s are localised by Spring from the message bundles; bad input is answered here with
 * the offending field named, so a client can point at what to fix.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final String INVALID_REQUEST = "invalid-request";
  private static final String MALFORMED_BODY = "malformed-body";

  private final Problems problems;

  ProblemDetailsAdvice(Problems problems) {
    this.problems = problems;
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Problems.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(error -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
        .toList();
    return problem(INVALID_REQUEST, describe(errors), errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Problems.FieldError> errors = ex.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream().map(error -> new Problems.FieldError(
            result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
        .toList();
    return problem(INVALID_REQUEST, describe(errors), errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = ex.getCause();
    if (cause instanceof JsonParseException parse) {
      String where = "line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
      return problem(MALFORMED_BODY, "The body is not valid JSON (" + where + "): " + parse.getOriginalMessage(),
          List.of(new Problems.FieldError("$body", "not valid JSON at " + where)));
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = fieldPath(mapping);
      return problem(INVALID_REQUEST, "Field '" + field + "' has a value of the wrong type or format",
          List.of(new Problems.FieldError(field, mapping.getOriginalMessage())));
    }
    return problem(MALFORMED_BODY, "The request body is missing or unreadable",
        List.of(new Problems.FieldError("$body", "missing or unreadable")));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return problem(INVALID_REQUEST, "Parameter '" + ex.getParameterName() + "' is required",
        List.of(new Problems.FieldError(ex.getParameterName(), "is required")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
    return problem(INVALID_REQUEST, "Parameter '" + ex.getName() + "' has the wrong type",
        List.of(new Problems.FieldError(ex.getName(), "has the wrong type")));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
    List<Problems.FieldError> errors = ex.getConstraintViolations().stream()
        .map(violation -> new Problems.FieldError(lastNode(violation.getPropertyPath().toString()),
            violation.getMessage()))
        .toList();
    return problem(INVALID_REQUEST, describe(errors), errors);
  }

  private ResponseEntity<Object> problem(String type, String detail, List<Problems.FieldError> errors) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, type, detail, errors, locale);
    return ResponseEntity.badRequest().body(problem);
  }

  private static String describe(List<Problems.FieldError> errors) {
    return errors.isEmpty() ? "The request is invalid"
        : "Field '" + errors.get(0).field() + "' " + errors.get(0).message()
            + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
  }

  private static String fieldPath(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String lastNode(String propertyPath) {
    int dot = propertyPath.lastIndexOf('.');
    return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
  }
}
