package io.computility.hub.workers.billing;

import io.computility.hub.workers.wallet.WalletTransaction;
import io.computility.hub.workers.wallet.Wallets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;

/**
 * Postpaid customers' credit: a limit per customer (an operator's, else {@code hub.billing.default-credit-limit-fen})
 * and what they owe — the charges posted and not yet paid, kept in the wallet ledger's receivable account so every
 * fen stays traceable.
 *
 * <p>An order is admitted when what is owed plus its estimate stays within the limit ({@link #authorise}); the
 * authorisation reserves nothing, and a delivered order is always posted ({@link #post}), even past the limit.
 */
@Service
public class PostpaidAccounts {

  private final PostpaidMapper accounts;
  private final Wallets wallets;
  private final BillingProperties properties;
  private final Clock clock;

  PostpaidAccounts(PostpaidMapper accounts, Wallets wallets, BillingProperties properties, Clock clock) {
    this.accounts = accounts;
    this.wallets = wallets;
    this.properties = properties;
    this.clock = clock;
  }

  /** {@code owner}'s credit limit in fen. */
  public long creditLimit(String owner) {
    Long own = accounts.creditLimit(owner);
    return own == null ? properties.defaultCreditLimitFen() : own;
  }

  /**
   * Sets {@code owner}'s credit limit (an operator's decision, recorded with who made it).
   *
   * @throws BillingProblem.Invalid when the limit is negative
   */
  public void setCreditLimit(String owner, long limitFen, String operator) {
    if (limitFen < 0) {
      throw new BillingProblem.Invalid("creditLimitFen", limitFen);
    }
    accounts.setCreditLimit(owner, limitFen, clock.instant().truncatedTo(ChronoUnit.SECONDS), operator);
  }

  /** What {@code owner} owes: posted charges not yet paid. */
  public long outstanding(String owner) {
    return wallets.outstanding(owner);
  }

  /**
   * Checks that {@code owner} may run up {@code amount} fen more for {@code orderRef}.
   *
   * @throws BillingProblem.CreditLimitExceeded when what is owed plus {@code amount} exceeds the limit
   */
  public void authorise(String owner, long amount, String orderRef) {
    if (amount < 0) {
      throw new BillingProblem.Invalid("amount", amount);
    }
    long limit = creditLimit(owner);
    long outstanding = outstanding(owner);
    if (outstanding + amount > limit) {
      throw new BillingProblem.CreditLimitExceeded(owner, limit, outstanding, amount, orderRef);
    }
  }

  /** Posts {@code amount} fen that {@code owner} owes for {@code orderRef}; once per idempotency key. */
  public WalletTransaction post(String owner, long amount, String orderRef, String idempotencyKey) {
    return wallets.postReceivable(owner, amount, orderRef, idempotencyKey);
  }

  /** Records {@code owner}'s payment against what it owes; once per idempotency key. */
  public WalletTransaction receivePayment(String owner, long amount, String reference, String idempotencyKey) {
    return wallets.receivePayment(owner, amount, reference, idempotencyKey);
  }
}
