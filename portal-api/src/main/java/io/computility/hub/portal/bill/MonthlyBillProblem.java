package io.computility.hub.portal.bill;

import io.computility.hub.workers.HubProblems;
import io.computility.hub.workers.billing.cycle.MonthlyBill;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Monthly-bill requests of the portal that cannot be done as asked, rendered as problem+json; titles and details
 * from the {@code portal} bundles ({@code problemDetail.title.<class>}, {@code problemDetail.<class>}).
 */
public abstract sealed class MonthlyBillProblem extends ErrorResponseException {

  MonthlyBillProblem(HttpStatus status, String type, String field, String detail, Object... args) {
    super(status, HubProblems.detail(status, type, field, detail), null, null, args);
  }

  /**
   * Only a bill waiting for payment (ISSUED or ADJUSTED) can be disputed: a draft or paid one could take no credit
   * note, a DISPUTED one is already under review.
   */
  public static final class NotDisputable extends MonthlyBillProblem {
    NotDisputable(String id, MonthlyBill.Status status) {
      super(HttpStatus.CONFLICT, "monthly-bill-not-disputable", "status",
          "Monthly bill '" + id + "' is " + status + " and can no longer be disputed", id, status.name());
    }
  }

  /** Only the account a bill is for may pay or dispute it. */
  public static final class NotTheAccount extends MonthlyBillProblem {
    NotTheAccount(String id) {
      super(HttpStatus.FORBIDDEN, "not-allowed", null,
          "Only the account of monthly bill '" + id + "' may pay or dispute it", id);
    }
  }
}
