package io.computility.hub.workers;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of the hub's problem+json bodies: a stable type under {@value #TYPES}, the status, a detail, and
 * the {@code field} at fault when there is one. The modules' {@code ErrorResponseException}s build their bodies
 * here; their titles come from the message bundles.
 */
public final class HubProblems {

  /** Where every problem type of the hub lives. */
  public static final String TYPES = "https://computility.hub/problems/";

  private HubProblems() {
  }

  /**
   * A problem body.
   *
   * @param type the type's last path segment, e.g. {@code insufficient-balance}
   * @param field the request field at fault, or {@code null}
   */
  public static ProblemDetail detail(HttpStatus status, String type, String field, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPES + type));
    if (field != null) {
      problem.setProperty("field", field);
    }
    return problem;
  }
}
