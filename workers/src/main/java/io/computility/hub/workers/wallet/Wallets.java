package io.computility.hub.workers.wallet;

import io.computility.hub.workers.wallet.WalletTransaction.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customers' prepaid wallets: top-ups, holds for orders under way, capture of what was delivered, and the split of
 * captured money into the provider's share and the platform's fee.
 *
 * <p>Every change is a double-entry transaction in fen whose entries sum to zero. Every call takes the caller's
 * idempotency key, unique per owner: repeating a call returns the first result and moves no more money, even when
 * the repeats race each other. Balances never go below zero: the check and the debit are one conditional update.
 */
@Service
public class Wallets {

  /** The currency of every wallet; amounts are its minor unit, the fen. */
  public static final String CURRENCY = "CNY";

  private static final String PLATFORM = "platform";
  private static final long NO_FLOOR = Long.MIN_VALUE;
  private static final int DEADLOCK_ATTEMPTS = 3;
  private static final BigDecimal BASIS_POINTS = BigDecimal.valueOf(10_000);

  private final WalletMapper ledger;
  private final Clock clock;
  private final TransactionTemplate transactions;

  Wallets(WalletMapper ledger, Clock clock, PlatformTransactionManager transactionManager) {
    this.ledger = ledger;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** Pays {@code amount} fen into {@code owner}'s wallet from a payment received outside the hub. */
  public WalletTransaction topUp(String owner, long amount, String reference, String idempotencyKey) {
    requirePositive("amount", amount);
    open(LedgerAccount.TOP_UP_SOURCE, "external");
    open(LedgerAccount.WALLET, owner);
    return once(owner, idempotencyKey, existing -> existing, () -> {
      WalletTransaction topUp = record(owner, Kind.TOP_UP, amount, null, reference, idempotencyKey);
      move(topUp, LedgerAccount.TOP_UP_SOURCE.idFor("external"), LedgerAccount.WALLET.idFor(owner), amount, NO_FLOOR);
      return topUp;
    });
  }

  /**
   * Sets {@code amount} fen of {@code owner}'s available balance aside for {@code reference} until it is captured,
   * voided, or {@code validFor} has passed.
   *
   * @throws WalletProblem {@code INSUFFICIENT_BALANCE} when less is available; nothing changes then
   */
  public Hold placeHold(String owner, long amount, String reference, Duration validFor, String idempotencyKey) {
    requirePositive("amount", amount);
    open(LedgerAccount.WALLET, owner);
    open(LedgerAccount.HOLDS, owner);
    return once(owner, idempotencyKey, existing -> ledger.findHold(existing.holdId()), () -> {
      Instant now = now();
      Hold hold = new Hold(UUID.randomUUID().toString(), owner, reference, amount, 0, CURRENCY, Hold.Status.ACTIVE,
          now.plus(validFor), now, null);
      ledger.insertHold(hold);
      WalletTransaction placed = record(owner, Kind.HOLD, amount, hold.holdId(), reference, idempotencyKey);
      boolean funded = move(placed, LedgerAccount.WALLET.idFor(owner), LedgerAccount.HOLDS.idFor(owner), amount, 0);
      if (!funded) {
        throw WalletProblem.insufficientBalance(owner, available(owner), amount);
      }
      return ledger.findHold(hold.holdId());
    });
  }

  /**
   * Takes {@code amount} fen of a hold for what was delivered and returns the rest of it to the wallet. The taken
   * money waits in settlement clearing until {@link #settle} splits it.
   */
  public WalletTransaction capture(String holdId, long amount, String idempotencyKey) {
    if (amount < 0) {
      throw WalletProblem.notPositive("amount", amount);
    }
    Hold hold = hold(holdId);
    open(LedgerAccount.SETTLEMENT_CLEARING, PLATFORM);
    return once(hold.owner(), idempotencyKey, existing -> existing, () -> {
      if (amount > hold.amount()) {
        throw WalletProblem.captureExceedsHold(hold, amount);
      }
      close(hold, Hold.Status.CAPTURED, amount);
      WalletTransaction capture = record(hold.owner(), Kind.CAPTURE, amount, holdId, hold.reference(),
          idempotencyKey);
      // Wallet before holds, in every transaction, so concurrent ones on one owner lock rows in the same order.
      entry(capture, LedgerAccount.WALLET.idFor(hold.owner()), hold.amount() - amount, NO_FLOOR);
      entry(capture, LedgerAccount.HOLDS.idFor(hold.owner()), -hold.amount(), NO_FLOOR);
      entry(capture, LedgerAccount.SETTLEMENT_CLEARING.idFor(PLATFORM), amount, NO_FLOOR);
      return capture;
    });
  }

  /** Returns a hold in full to the wallet: nothing is charged for what was not delivered. */
  public WalletTransaction voidHold(String holdId, String idempotencyKey) {
    Hold hold = hold(holdId);
    return once(hold.owner(), idempotencyKey, existing -> existing, () -> release(hold, Kind.VOID, idempotencyKey));
  }

  /** Returns every active hold whose time has run out to its wallet; the number returned. */
  public int expireDueHolds() {
    List<String> due = ledger.dueHolds(now());
    int expired = 0;
    for (String holdId : due) {
      Hold hold = ledger.findHold(holdId);
      WalletTransaction released = once(hold.owner(), "expire:" + holdId, existing -> null,
          () -> hold.status() == Hold.Status.ACTIVE ? release(hold, Kind.EXPIRE, "expire:" + holdId) : null);
      expired += released == null ? 0 : 1;
    }
    return expired;
  }

  /**
   * Takes up to {@code amount} fen straight from {@code owner}'s available balance into settlement clearing, for
   * usage beyond what a hold covered. Never takes more than is available: when the balance is short it takes all
   * there is (possibly nothing) and the returned transaction's {@code amount} says how much; the caller keeps the
   * rest as unpaid. A repeat with the same key returns the first result, even if the balance has changed since.
   */
  public WalletTransaction charge(String owner, long amount, String reference, String idempotencyKey) {
    requirePositive("amount", amount);
    open(LedgerAccount.WALLET, owner);
    open(LedgerAccount.SETTLEMENT_CLEARING, PLATFORM);
    return once(owner, idempotencyKey, existing -> existing, () -> {
      long available = orZero(ledger.balanceForUpdate(LedgerAccount.WALLET.idFor(owner)));
      long charged = Math.min(amount, Math.max(0, available));
      WalletTransaction charge = record(owner, Kind.CHARGE, charged, null, reference, idempotencyKey);
      move(charge, LedgerAccount.WALLET.idFor(owner), LedgerAccount.SETTLEMENT_CLEARING.idFor(PLATFORM), charged, 0);
      return charge;
    });
  }

  /**
   * Posts a postpaid charge of {@code amount} fen: {@code owner} owes it (the receivable account) and it waits in
   * settlement clearing for {@link #settle}. Credit limits are the caller's business; a delivered service is
   * always posted.
   */
  public WalletTransaction postReceivable(String owner, long amount, String reference, String idempotencyKey) {
    requirePositive("amount", amount);
    open(LedgerAccount.RECEIVABLE, owner);
    open(LedgerAccount.SETTLEMENT_CLEARING, PLATFORM);
    return once(owner, idempotencyKey, existing -> existing, () -> {
      WalletTransaction posted = record(owner, Kind.POSTPAID_CHARGE, amount, null, reference, idempotencyKey);
      move(posted, LedgerAccount.RECEIVABLE.idFor(owner), LedgerAccount.SETTLEMENT_CLEARING.idFor(PLATFORM), amount,
          NO_FLOOR);
      return posted;
    });
  }

  /**
   * Records a payment received outside the hub against {@code owner}'s postpaid charges.
   *
   * @throws WalletProblem {@code PAYMENT_EXCEEDS_OUTSTANDING} when it is more than is owed; nothing changes then
   */
  public WalletTransaction receivePayment(String owner, long amount, String reference, String idempotencyKey) {
    requirePositive("amount", amount);
    open(LedgerAccount.TOP_UP_SOURCE, "external");
    open(LedgerAccount.RECEIVABLE, owner);
    return once(owner, idempotencyKey, existing -> existing, () -> {
      requireOwed(owner, amount);
      WalletTransaction payment = record(owner, Kind.POSTPAID_PAYMENT, amount, null, reference, idempotencyKey);
      move(payment, LedgerAccount.TOP_UP_SOURCE.idFor("external"), LedgerAccount.RECEIVABLE.idFor(owner), amount,
          NO_FLOOR);
      return payment;
    });
  }

  /**
   * Pays {@code amount} fen of {@code owner}'s postpaid charges from its available wallet balance (a monthly bill
   * paid from the wallet). A repeat with the same key returns the first result.
   *
   * @throws WalletProblem {@code PAYMENT_EXCEEDS_OUTSTANDING} when it is more than is owed, {@code
   *     INSUFFICIENT_BALANCE} when the wallet holds less; nothing changes then
   */
  public WalletTransaction payReceivable(String owner, long amount, String reference, String idempotencyKey) {
    requirePositive("amount", amount);
    open(LedgerAccount.WALLET, owner);
    open(LedgerAccount.RECEIVABLE, owner);
    return once(owner, idempotencyKey, existing -> existing, () -> {
      requireOwed(owner, amount);
      WalletTransaction payment = record(owner, Kind.POSTPAID_PAYMENT, amount, null, reference, idempotencyKey);
      if (!move(payment, LedgerAccount.WALLET.idFor(owner), LedgerAccount.RECEIVABLE.idFor(owner), amount, 0)) {
        throw WalletProblem.insufficientBalance(owner, available(owner), amount);
      }
      return payment;
    });
  }

  /**
   * Forgives {@code amount} fen of {@code owner}'s postpaid charges for a credit note: the platform bears it (its
   * revenue account), what the provider was settled stays. A repeat with the same key returns the first result.
   *
   * @throws WalletProblem {@code PAYMENT_EXCEEDS_OUTSTANDING} when it is more than is owed; nothing changes then
   */
  public WalletTransaction creditReceivable(String owner, long amount, String reference, String idempotencyKey) {
    requirePositive("amount", amount);
    open(LedgerAccount.RECEIVABLE, owner);
    open(LedgerAccount.PLATFORM_REVENUE, PLATFORM);
    return once(owner, idempotencyKey, existing -> existing, () -> {
      requireOwed(owner, amount);
      WalletTransaction credit = record(owner, Kind.CREDIT_NOTE, amount, null, reference, idempotencyKey);
      move(credit, LedgerAccount.PLATFORM_REVENUE.idFor(PLATFORM), LedgerAccount.RECEIVABLE.idFor(owner), amount,
          NO_FLOOR);
      return credit;
    });
  }

  /** What {@code owner} owes from postpaid charges not yet paid. */
  public long outstanding(String owner) {
    return -orZero(ledger.balance(LedgerAccount.RECEIVABLE.idFor(owner)));
  }

  /**
   * Splits {@code gross} fen of captured money: the platform's fee ({@code platformFeeBasisPoints} of it, rounded
   * half-up to the fen) to platform revenue, the rest to what the hub owes the provider.
   */
  public Settlement settle(String reference, String providerId, long gross, int platformFeeBasisPoints,
      String idempotencyKey) {
    if (gross < 0) {
      throw WalletProblem.notPositive("gross", gross);
    }
    long fee = BigDecimal.valueOf(gross).multiply(BigDecimal.valueOf(platformFeeBasisPoints))
        .divide(BASIS_POINTS, 0, RoundingMode.HALF_UP).longValueExact();
    open(LedgerAccount.PROVIDER_PAYABLE, providerId);
    open(LedgerAccount.PLATFORM_REVENUE, PLATFORM);
    WalletTransaction settled = once(PLATFORM, idempotencyKey, existing -> existing, () -> {
      WalletTransaction settle = record(PLATFORM, Kind.SETTLE, gross, null, reference, idempotencyKey);
      entry(settle, LedgerAccount.SETTLEMENT_CLEARING.idFor(PLATFORM), -gross, NO_FLOOR);
      entry(settle, LedgerAccount.PROVIDER_PAYABLE.idFor(providerId), gross - fee, NO_FLOOR);
      entry(settle, LedgerAccount.PLATFORM_REVENUE.idFor(PLATFORM), fee, NO_FLOOR);
      return settle;
    });
    return new Settlement(settled.transactionId(), reference, providerId, gross, gross - fee, fee);
  }

  /** What {@code owner} has available and held. */
  public WalletBalance balance(String owner) {
    return new WalletBalance(owner, available(owner), orZero(ledger.balance(LedgerAccount.HOLDS.idFor(owner))),
        CURRENCY);
  }

  /**
   * Checks, without moving money, that {@code owner} has {@code amount} available: callers that hand a payment to a
   * process refuse a short wallet at once rather than let the process find out later.
   *
   * @throws WalletProblem {@code INSUFFICIENT_BALANCE} when less is available
   */
  public void requireAvailable(String owner, long amount) {
    long available = available(owner);
    if (available < amount) {
      throw WalletProblem.insufficientBalance(owner, available, amount);
    }
  }

  /** What the hub owes {@code providerId} from settled orders. */
  public long providerPayable(String providerId) {
    return orZero(ledger.balance(LedgerAccount.PROVIDER_PAYABLE.idFor(providerId)));
  }

  /** The platform's fees so far. */
  public long platformRevenue() {
    return orZero(ledger.balance(LedgerAccount.PLATFORM_REVENUE.idFor(PLATFORM)));
  }

  /** {@code owner}'s holds, newest first. */
  public List<Hold> holds(String owner) {
    return ledger.holdsOf(owner);
  }

  /** One hold. */
  public Hold hold(String holdId) {
    Hold hold = ledger.findHold(holdId);
    if (hold == null) {
      throw WalletProblem.unknownHold(holdId);
    }
    return hold;
  }

  /** {@code owner}'s journal, newest first, {@code size} per page. */
  public List<WalletTransaction> transactions(String owner, int page, int size) {
    return ledger.transactions(owner, size, (long) page * size);
  }

  /** How many transactions {@code owner}'s journal has. */
  public long transactionCount(String owner) {
    return ledger.countTransactions(owner);
  }

  /** Locks {@code owner}'s receivable and refuses {@code amount} when it is more than is owed. */
  private void requireOwed(String owner, long amount) {
    long outstanding = -orZero(ledger.balanceForUpdate(LedgerAccount.RECEIVABLE.idFor(owner)));
    if (amount > outstanding) {
      throw WalletProblem.paymentExceedsOutstanding(owner, outstanding, amount);
    }
  }

  private WalletTransaction release(Hold hold, Kind kind, String idempotencyKey) {
    close(hold, kind == Kind.EXPIRE ? Hold.Status.EXPIRED : Hold.Status.VOIDED, 0);
    WalletTransaction release = record(hold.owner(), kind, hold.amount(), hold.holdId(), hold.reference(),
        idempotencyKey);
    entry(release, LedgerAccount.WALLET.idFor(hold.owner()), hold.amount(), NO_FLOOR);
    entry(release, LedgerAccount.HOLDS.idFor(hold.owner()), -hold.amount(), NO_FLOOR);
    return release;
  }

  private void close(Hold hold, Hold.Status status, long captured) {
    if (ledger.closeHold(hold.holdId(), status, captured, now()) == 0) {
      throw WalletProblem.holdClosed(ledger.findHold(hold.holdId()));
    }
  }

  /**
   * Runs {@code work} once per owner and key: a repeat, or the loser of a race on the same key, gets the first
   * call's transaction through {@code replay}.
   */
  private <T> T once(String owner, String key, Function<WalletTransaction, T> replay, Supplier<T> work) {
    WalletTransaction existing = ledger.findByKey(owner, key);
    if (existing != null) {
      return replay.apply(existing);
    }
    try {
      return inTransaction(work);
    } catch (DuplicateKeyException raced) {
      WalletTransaction winner = ledger.findByKey(owner, key);
      if (winner == null) {
        throw raced;
      }
      return replay.apply(winner);
    }
  }

  /** Runs {@code work} in a transaction, again when the database chose it as a deadlock's victim. */
  private <T> T inTransaction(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.execute(status -> work.get());
      } catch (ConcurrencyFailureException deadlock) {
        if (attempt == DEADLOCK_ATTEMPTS) {
          throw deadlock;
        }
      }
    }
  }

  private WalletTransaction record(String owner, Kind kind, long amount, String holdId, String reference,
      String idempotencyKey) {
    WalletTransaction transaction = new WalletTransaction(UUID.randomUUID().toString(), owner, kind, amount,
        CURRENCY, holdId, reference, idempotencyKey, now());
    ledger.insertTransaction(transaction);
    return transaction;
  }

  /** Moves {@code amount} between two accounts; false, with nothing moved, when {@code from} would drop below floor. */
  private boolean move(WalletTransaction transaction, String from, String to, long amount, long floor) {
    if (!entry(transaction, from, -amount, floor)) {
      return false;
    }
    entry(transaction, to, amount, NO_FLOOR);
    return true;
  }

  private boolean entry(WalletTransaction transaction, String accountId, long amount, long floor) {
    if (amount == 0) {
      return true;
    }
    if (ledger.post(accountId, amount, floor) == 0) {
      return false;
    }
    ledger.insertEntry(transaction.transactionId(), accountId, amount);
    return true;
  }

  /**
   * Opens an account if it is not there yet, in its own statement before the money moves: concurrent first
   * movements on one owner would otherwise deadlock on creating the same row inside their transactions.
   */
  private void open(LedgerAccount kind, String owner) {
    ledger.ensureAccount(kind.idFor(owner), owner, kind, CURRENCY);
  }

  private long available(String owner) {
    return orZero(ledger.balance(LedgerAccount.WALLET.idFor(owner)));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static long orZero(Long balance) {
    return balance == null ? 0 : balance;
  }

  private static void requirePositive(String field, long amount) {
    if (amount <= 0) {
      throw WalletProblem.notPositive(field, amount);
    }
  }
}
