package io.computility.hub.workers.billing.reconciliation;

import io.computility.hub.workers.HubProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Reconciliation requests that cannot be done as asked, rendered as problem+json. */
public abstract sealed class ReconciliationProblem extends ErrorResponseException {

  ReconciliationProblem(HttpStatus status, String type, String field, String detail, Object... args) {
    super(status, HubProblems.detail(status, type, field, detail), null, null, args);
  }

  /** No reconciliation of that id. */
  public static final class UnknownReconciliation extends ReconciliationProblem {
    UnknownReconciliation(String id) {
      super(HttpStatus.NOT_FOUND, "unknown-reconciliation", "reconciliationId",
          "There is no reconciliation '" + id + "'", id);
    }
  }
}
