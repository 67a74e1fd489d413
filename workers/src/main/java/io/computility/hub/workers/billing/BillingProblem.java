package io.computility.hub.workers.billing;

import io.computility.hub.workers.HubProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Billing requests that cannot be done as asked, rendered as problem+json. The detail is resolved from the bundles
 * with the code {@code problemDetail.<class name>}; {@code field} names the field at fault, and {@link #code()} is
 * the BPMN error a process gets.
 */
public abstract sealed class BillingProblem extends ErrorResponseException {

  private final String code;

  BillingProblem(HttpStatus status, String code, String type, String field, String defaultDetail, Object... args) {
    super(status, HubProblems.detail(status, type, field, defaultDetail), null, null, args);
    this.code = code;
  }

  /** A stable code, also the BPMN error this problem becomes in a process. */
  public String code() {
    return code;
  }

  /** A postpaid charge would take what a customer owes beyond the credit limit. */
  public static final class CreditLimitExceeded extends BillingProblem {
    CreditLimitExceeded(String owner, long limit, long outstanding, long requested, String reference) {
      super(HttpStatus.CONFLICT, "CREDIT_LIMIT_EXCEEDED", "credit-limit-exceeded", "amount",
          "'" + owner + "' owes " + outstanding + " fen of a " + limit + " fen credit limit; " + requested
              + " fen more for '" + reference + "' is refused", limit, outstanding, requested);
      getBody().setProperty("reference", reference);
      getBody().setProperty("creditLimit", limit);
      getBody().setProperty("outstanding", outstanding);
      getBody().setProperty("requested", requested);
    }
  }

  /** No price plan for the product (or no such version of it). */
  public static final class UnknownPricePlan extends BillingProblem {
    UnknownPricePlan(String productId, Integer version) {
      super(HttpStatus.NOT_FOUND, "UNKNOWN_PRICE_PLAN", "unknown-price-plan", version == null ? "productId"
          : "planVersion", "No price plan " + (version == null ? "" : "version " + version + " ") + "for product '"
          + productId + "'", productId, version == null ? "-" : version);
    }
  }

  /** No bill of that id. */
  public static final class UnknownBill extends BillingProblem {
    UnknownBill(String billId) {
      super(HttpStatus.NOT_FOUND, "UNKNOWN_BILL", "unknown-bill", "billId", "There is no bill '" + billId + "'",
          billId);
    }
  }

  /** A field's value is not acceptable (a negative price or limit, an empty price list). */
  public static final class Invalid extends BillingProblem {
    Invalid(String field, Object value) {
      super(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "invalid-request", field,
          "Field '" + field + "' has an invalid value: " + value, field, value);
    }
  }
}
