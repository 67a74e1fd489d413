package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.HubProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Monthly-bill requests that cannot be done as asked, rendered as problem+json (detail from the bundles, code
 * {@code problemDetail.<class name>}); {@link #code()} is the BPMN error a process gets.
 */
public abstract sealed class CycleProblem extends ErrorResponseException {

  private final String code;

  CycleProblem(HttpStatus status, String code, String type, String field, String detail, Object... args) {
    super(status, HubProblems.detail(status, type, field, detail), null, null, args);
    this.code = code;
  }

  /** A stable code, also the BPMN error this problem becomes in a process. */
  public String code() {
    return code;
  }

  /** No monthly bill of that id. */
  public static final class UnknownMonthlyBill extends CycleProblem {
    UnknownMonthlyBill(String id) {
      super(HttpStatus.NOT_FOUND, "UNKNOWN_MONTHLY_BILL", "unknown-monthly-bill", "monthlyBillId",
          "There is no monthly bill '" + id + "'", id);
    }
  }

  /** The bill is not in a status that allows this step. */
  public static final class WrongStatus extends CycleProblem {
    WrongStatus(String id, MonthlyBill.Status status, String step) {
      super(HttpStatus.CONFLICT, "WRONG_BILL_STATUS", "wrong-bill-status", "status",
          "Monthly bill '" + id + "' is " + status + "; it cannot be " + step, id, status, step);
    }
  }

  /** A field's value is not acceptable (a credit beyond what is payable, an order bill not on the bill). */
  public static final class Invalid extends CycleProblem {
    Invalid(String field, Object value) {
      super(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "invalid-request", field,
          "Field '" + field + "' has an invalid value: " + value, field, value);
    }
  }
}
