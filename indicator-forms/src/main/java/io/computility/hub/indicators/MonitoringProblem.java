package io.computility.hub.indicators;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure of the monitoring API, rendered as problem+json with a stable {@code type} under
 * {@code https://computility.hub/problems/} and the {@code field} at fault. Subclasses name the problem so that
 * bundles can title it ({@code problemDetail.title.<class name>}).
 */
public abstract class MonitoringProblem extends ErrorResponseException {

  /** Where the hub's problem types live. */
  public static final String TYPE_BASE = "https://computility.hub/problems/";

  protected MonitoringProblem(HttpStatus status, String type, String detail, String field) {
    super(status, problem(status, type, detail, field), null);
  }

  private static ProblemDetail problem(HttpStatus status, String type, String detail, String field) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    if (field != null) {
      problem.setProperty("field", field);
    }
    return problem;
  }

  /** Adds the list of everything at fault (e.g. every failed validation rule). */
  protected void errors(List<?> errors) {
    getBody().setProperty("errors", errors);
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }

  /** Something asked for does not exist (or is outside the caller's scope, which must not be told apart). */
  public static class NotFound extends MonitoringProblem {
    public NotFound(String what, String key) {
      super(HttpStatus.NOT_FOUND, "monitoring-not-found", what + " '" + key + "' not found", null);
    }
  }

  /** A request that contradicts the state of the monitoring data (duplicate code, unknown reference). */
  public static class Conflict extends MonitoringProblem {
    public Conflict(String type, String detail, String field) {
      super(HttpStatus.CONFLICT, type, detail, field);
    }
  }

  /** A well-formed request whose content is not acceptable (unknown parent, bad range, bad period). */
  public static class Invalid extends MonitoringProblem {
    public Invalid(String type, String detail, String field) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, type, detail, field);
    }
  }

  /** The caller may not act on that unit or region. */
  public static class OutOfScope extends MonitoringProblem {
    public OutOfScope(String detail) {
      super(HttpStatus.FORBIDDEN, "out-of-scope", detail, null);
    }
  }
}
