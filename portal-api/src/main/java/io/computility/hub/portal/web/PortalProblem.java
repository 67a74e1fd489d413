package io.computility.hub.portal.web;

import io.computility.hub.workers.HubProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The portal API's own failures, rendered as problem+json with a stable type under
 * {@code https://computility.hub/problems/}. Titles and details come from the {@code portal} bundles
 * ({@code problemDetail.title.<class>}, {@code problemDetail.<class>}); {@code field} names the input at fault.
 */
public abstract sealed class PortalProblem extends ErrorResponseException {

  PortalProblem(HttpStatus status, String type, String field, String defaultDetail, Object... args) {
    super(status, HubProblems.detail(status, type, field, defaultDetail), null, null, args);
  }

  /** A query parameter, header or body field with a value the portal cannot use. */
  public static final class InvalidParameter extends PortalProblem {
    public InvalidParameter(String field, String value, String reason) {
      super(HttpStatus.BAD_REQUEST, "invalid-request", field,
          "Field '" + field + "' " + reason + ", was '" + value + "'", field, value, reason);
    }
  }

  /**
   * Nothing the caller may see has this id: either there is none, or it is someone else's (ids of others' data are
   * not confirmed, so they cannot be probed).
   */
  public static final class NotFound extends PortalProblem {
    public NotFound(String what, String id) {
      super(HttpStatus.NOT_FOUND, "not-found", null, "There is no " + what + " '" + id + "'", what, id);
    }
  }

  /** The caller's roles or the hub's settings do not allow this action. */
  public static final class NotAllowed extends PortalProblem {
    public NotAllowed(String field, String reason) {
      super(HttpStatus.FORBIDDEN, "not-allowed", field, reason, reason);
    }
  }

  /** A state-changing call without an {@code Idempotency-Key} header. */
  public static final class MissingIdempotencyKey extends PortalProblem {
    MissingIdempotencyKey() {
      super(HttpStatus.BAD_REQUEST, "idempotency-key-missing", IdempotencyKeys.HEADER,
          "State-changing calls need an " + IdempotencyKeys.HEADER + " header (a unique value per intended call)");
    }
  }

  /** A key already used by this caller for a different call (method, path or body). */
  public static final class IdempotencyKeyReused extends PortalProblem {
    IdempotencyKeyReused(String key) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", IdempotencyKeys.HEADER,
          "Idempotency key '" + key + "' was used for a different request", key);
    }
  }

  /** The first call with this key has not finished yet; the repeat may be sent again later. */
  public static final class IdempotentCallInProgress extends PortalProblem {
    IdempotentCallInProgress(String key) {
      super(HttpStatus.CONFLICT, "idempotency-key-in-progress", IdempotencyKeys.HEADER,
          "The call with idempotency key '" + key + "' is still in progress; repeat it later", key);
    }
  }
}
