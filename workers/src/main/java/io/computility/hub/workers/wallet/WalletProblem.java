package io.computility.hub.workers.wallet;

import io.computility.hub.workers.HubProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A wallet operation that cannot be done as asked. The API renders it as problem+json with a stable type, and the
 * order process maps the code to a BPMN error.
 */
public class WalletProblem extends ErrorResponseException {

  private final String code;

  private WalletProblem(HttpStatus status, String code, String type, String field, String detail) {
    super(status, HubProblems.detail(status, type, field, detail), null);
    this.code = code;
  }

  /** A stable code for the BPMN error this problem becomes in a process ({@code INSUFFICIENT_BALANCE} …). */
  public String code() {
    return code;
  }

  static WalletProblem insufficientBalance(String owner, long available, long requested) {
    WalletProblem problem = new WalletProblem(HttpStatus.CONFLICT, "INSUFFICIENT_BALANCE", "insufficient-balance",
        "amount", "Wallet of '" + owner + "' has " + available + " fen available, " + requested + " requested");
    problem.getBody().setProperty("available", available);
    problem.getBody().setProperty("requested", requested);
    return problem;
  }

  static WalletProblem notPositive(String field, long amount) {
    return new WalletProblem(HttpStatus.BAD_REQUEST, "INVALID_AMOUNT", "invalid-request", field,
        "Field '" + field + "' must be a positive number of fen, was " + amount);
  }

  static WalletProblem paymentExceedsOutstanding(String owner, long outstanding, long amount) {
    WalletProblem problem = new WalletProblem(HttpStatus.CONFLICT, "PAYMENT_EXCEEDS_OUTSTANDING",
        "payment-exceeds-outstanding", "amount",
        "'" + owner + "' owes " + outstanding + " fen, a payment of " + amount + " fen was offered");
    problem.getBody().setProperty("outstanding", outstanding);
    return problem;
  }

  static WalletProblem unknownHold(String holdId) {
    return new WalletProblem(HttpStatus.NOT_FOUND, "UNKNOWN_HOLD", "unknown-hold", "holdId",
        "There is no hold '" + holdId + "'");
  }

  static WalletProblem holdClosed(Hold hold) {
    return new WalletProblem(HttpStatus.CONFLICT, "HOLD_CLOSED", "hold-closed", "holdId",
        "Hold '" + hold.holdId() + "' is " + hold.status() + ", not ACTIVE");
  }

  static WalletProblem captureExceedsHold(Hold hold, long amount) {
    return new WalletProblem(HttpStatus.CONFLICT, "CAPTURE_EXCEEDS_HOLD", "capture-exceeds-hold", "amount",
        "Cannot capture " + amount + " fen from hold '" + hold.holdId() + "' of " + hold.amount() + " fen");
  }

}
