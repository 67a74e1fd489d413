package io.computility.hub.portal.demand;

import io.computility.hub.workers.HubProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Domain errors of demands, rendered as problem+json. Titles come from the bundles under
 * {@code problemDetail.title.<class name>}, details under {@code problemDetail.<class name>} (or the code given);
 * {@code field} names the request field at fault.
 */
public abstract sealed class DemandProblem extends ErrorResponseException {

  DemandProblem(HttpStatus status, String type, String field, String detailCode, String defaultDetail,
      Object... args) {
    super(status, HubProblems.detail(status, type, field, defaultDetail), null, detailCode, args);
  }

  /**
   * A field of a demand that cannot be published as it is. {@code reason} picks the detail text
   * ({@code portal.demand.invalid.<reason>}); the arguments are the field and the value given.
   */
  public static final class Invalid extends DemandProblem {
    private final String field;

    Invalid(String field, String reason, Object value, String defaultDetail) {
      super(HttpStatus.BAD_REQUEST, "invalid-demand", field, "portal.demand.invalid." + reason, defaultDetail,
          field, String.valueOf(value));
      this.field = field;
    }

    /** The field at fault. */
    public String field() {
      return field;
    }
  }

  /** No demand of that id visible to the caller. */
  public static final class NotFound extends DemandProblem {
    NotFound(String demandId) {
      super(HttpStatus.NOT_FOUND, "demand-not-found", null, null, "There is no demand " + demandId, demandId);
    }
  }

  /** The demand does not wait for a confirmation (never did, or not any more). */
  public static final class NotAwaitingConfirmation extends DemandProblem {
    NotAwaitingConfirmation(String demandId, DemandStatus status) {
      super(HttpStatus.CONFLICT, "demand-not-awaiting-confirmation", null, null,
          "Demand " + demandId + " is " + status + ", not awaiting a confirmation", demandId, status.name());
    }
  }

  /** The pool confirmed is not among the demand's offers. */
  public static final class UnknownOffer extends DemandProblem {
    UnknownOffer(String demandId, String poolId) {
      super(HttpStatus.CONFLICT, "offer-not-found", "poolId", null,
          "Pool " + poolId + " is not among the offers of demand " + demandId, poolId, demandId);
    }
  }

  /** The demand can no longer be cancelled: its order runs, or it ended. */
  public static final class NotCancellable extends DemandProblem {
    NotCancellable(String demandId, DemandStatus status) {
      super(HttpStatus.CONFLICT, "demand-not-cancellable", null, null,
          "Demand " + demandId + " is " + status + " and can no longer be cancelled", demandId, status.name());
    }
  }
}
