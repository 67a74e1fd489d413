package io.computility.hub.workers.placement.policy;

import io.computility.hub.workers.HubProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Domain errors of policy management, rendered as problem+json. The detail is resolved from the bundles with the
 * code {@code problemDetail.<class name>}; {@code field} names the request field at fault.
 */
public abstract sealed class PolicyProblem extends ErrorResponseException {

  PolicyProblem(HttpStatus status, String type, String field, String defaultDetail, Object... args) {
    super(status, HubProblems.detail(status, type, field, defaultDetail), null, null, args);
  }

  /** No policy of that name (or version). */
  public static final class NotFound extends PolicyProblem {
    NotFound(String name) {
      super(HttpStatus.NOT_FOUND, "placement-policy-not-found", null, "No placement policy " + name, name);
    }
  }

  /** Creating a policy whose name is taken, or two updates racing for the same version. */
  public static final class Conflict extends PolicyProblem {
    Conflict(String name) {
      super(HttpStatus.CONFLICT, "placement-policy-conflict", "name",
          "Placement policy " + name + " exists or was changed concurrently", name);
    }
  }

  /** A request whose fields are well-formed but name nothing usable (unknown plugin or policy, name mismatch). */
  public static final class Invalid extends PolicyProblem {
    public Invalid(String field, String value) {
      super(HttpStatus.BAD_REQUEST, "invalid-placement-policy", field, "Invalid value " + value + " of " + field,
          field, value);
    }
  }
}
