/**
 * Billing: price plans, rating, bills, postpaid credit and the per-order settlement, and the order process's money
 * topics.
 *
 * <h2>Flow of an order's money</h2>
 * <ol>
 *   <li>{@code payment-authorisation} ({@link io.computility.hub.workers.billing.PaymentAuthorisations}): prepaid,
 *       the estimate is held on the wallet; postpaid, it must fit within the credit limit
 *       ({@link io.computility.hub.workers.billing.PostpaidAccounts}).</li>
 *   <li>{@code usage-metering} ({@link io.computility.hub.workers.billing.UsageAccrual}): each sample is recorded
 *       by {@link io.computility.hub.workers.metering.UsageMeter} (the rule for duplicate, late, missing and
 *       decreasing readings is there) and the totals are rated, giving the accrued cost and the balance state.</li>
 *   <li>{@code rating-and-billing}: {@link io.computility.hub.workers.billing.Rating} prices the totals with the
 *       order's {@link io.computility.hub.workers.billing.PricePlan} version and the order's
 *       {@link io.computility.hub.workers.billing.RatingContext} (user class, commitment, service level, time held;
 *       the lines, their order and the rounding rule are in {@code Rating}), coupons are applied through
 *       {@link io.computility.hub.workers.billing.Discounts} ({@code billing.coupon}), and
 *       {@link io.computility.hub.workers.billing.Bills} issues the one bill of the order, consuming the coupons
 *       it used.</li>
 *   <li>{@code settlement} ({@link io.computility.hub.workers.billing.OrderSettlements}): capture the hold (and
 *       charge usage beyond it from the wallet, never below zero) or post to the postpaid account, then split
 *       between provider and platform.</li>
 *   <li>{@code payment-void}: compensation, the hold returns in full.</li>
 * </ol>
 * Every step is idempotent per order; every fen moves through the wallet ledger
 * ({@link io.computility.hub.workers.wallet.Wallets}).
 *
 * <h2>Configuration ({@code hub.billing.*}, {@link io.computility.hub.workers.billing.BillingProperties})</h2>
 * {@code platform-fee-basis-points} (1000 = 10 %), {@code default-credit-limit-fen} (100000),
 * {@code low-balance-share} (0.2), {@code hold-margin} (1h), {@code hold-validity} (1d).
 */
package io.computility.hub.workers.billing;
