package io.computility.hub.server.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the hub's RFC 9457 problems: a stable {@code type} under {@value #TYPE_BASE}, a localised title, and, when
 * one or more fields are at fault, {@code field} (the first) and {@code errors} (all of them).
 */
@Component
public class Problems {

  /** Where the hub's problem types live; a type's last segment names it. */
  public static final String TYPE_BASE = "https://computility.hub/problems/";

  private final MessageSource messages;

  Problems(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * A problem of the given type, its title read from the bundle key {@code problem.<type>.title}.
   *
   * @param fieldErrors the fields at fault, may be empty
   */
  public ProblemDetail of(HttpStatusCode status, String type, String detail, List<FieldError> fieldErrors,
      Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(messages.getMessage("problem." + type + ".title", null, type, locale));
    if (!fieldErrors.isEmpty()) {
      problem.setProperty("field", fieldErrors.get(0).field());
      problem.setProperty("errors", fieldErrors);
    }
    return problem;
  }

  /** One field at fault and what is wrong with it. */
  public record FieldError(String field, String message) {
  }
}
