package io.computility.hub.portal.wallet;

import io.computility.hub.portal.Paged;
import io.computility.hub.portal.web.Caller;
import io.computility.hub.portal.web.IdempotencyKeys;
import io.computility.hub.portal.web.PageQuery;
import io.computility.hub.portal.web.PortalProblem;
import io.computility.hub.portal.web.PortalProperties;
import io.computility.hub.workers.wallet.Hold;
import io.computility.hub.workers.wallet.WalletBalance;
import io.computility.hub.workers.wallet.WalletTransaction;
import io.computility.hub.workers.wallet.Wallets;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's prepaid wallet: balance, top-ups, holds for orders under way and the transaction journal, over the
 * wallets of the workers module. A consumer reaches only its own wallet; an OPERATOR names anyone's with
 * {@code ?owner=}. Top-ups by consumers themselves are the demo's simulated payment
 * ({@code hub.portal.wallet.simulated-payments}); otherwise an OPERATOR records payments received.
 */
@RestController
@RequestMapping("/api/v1/wallet")
class WalletController {

  /** The largest single top-up: 10 million yuan. */
  static final long MAX_TOP_UP_FEN = 1_000_000_000L;

  private final Wallets wallets;
  private final boolean simulatedPayments;

  WalletController(Wallets wallets, PortalProperties properties) {
    this.wallets = wallets;
    this.simulatedPayments = properties.wallet().simulatedPayments();
  }

  @GetMapping
  WalletBalance balance(@RequestParam(required = false) String owner, Caller caller) {
    return wallets.balance(ownerFor(caller, owner));
  }

  @PostMapping("/top-ups")
  @ResponseStatus(HttpStatus.CREATED)
  WalletTransaction topUp(@Valid @RequestBody TopUpRequest request, @RequestParam(required = false) String owner,
      @RequestHeader(IdempotencyKeys.HEADER) String key, Caller caller) {
    String wallet = ownerFor(caller, owner);
    if (!caller.operator() && !simulatedPayments) {
      throw new PortalProblem.NotAllowed(null,
          "Top-ups are recorded by an operator when the payment has been received");
    }
    String reference = request.paymentReference() != null ? request.paymentReference()
        : caller.operator() ? "operator:" + caller.username() : "simulated-payment";
    return wallets.topUp(wallet, request.amountFen(), reference, IdempotencyKeys.scopedKey(caller.username(), key));
  }

  @GetMapping("/holds")
  Paged<Hold> holds(@RequestParam(required = false) String owner, @RequestParam(required = false) Hold.Status status,
      PageQuery page, Caller caller) {
    // one hold per order: short enough to filter and cut in memory
    return page.slice(wallets.holds(ownerFor(caller, owner)).stream()
        .filter(hold -> status == null || hold.status() == status).toList());
  }

  @GetMapping("/transactions")
  Paged<WalletTransaction> transactions(@RequestParam(required = false) String owner, PageQuery page,
      Caller caller) {
    String wallet = ownerFor(caller, owner);
    return page.paged(wallets.transactions(wallet, page.page(), page.size()), wallets.transactionCount(wallet));
  }

  /** The wallet a call is about: the caller's own, or for an operator the one named. */
  private static String ownerFor(Caller caller, String owner) {
    if (owner == null || owner.isBlank() || owner.equals(caller.username())) {
      return caller.username();
    }
    if (!caller.operator()) {
      throw new PortalProblem.NotFound("wallet", owner);
    }
    return owner;
  }

  /**
   * A top-up.
   *
   * @param amountFen what was paid, in fen
   * @param paymentReference the payment's reference, if any (a bank transfer's number, say)
   */
  record TopUpRequest(@NotNull @Positive @Max(MAX_TOP_UP_FEN) Long amountFen,
      @Size(max = 100) String paymentReference) {
  }
}
