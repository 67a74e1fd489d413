package io.computility.hub.workers.billing;

/**
 * What a running order has cost so far, and how much room its payment has left.
 *
 * @param accruedCostFen the order's usage so far rated with its plan
 * @param remainingFen prepaid: hold + available balance − accrued; postpaid: limit − owed − accrued
 */
public record Accrual(long accruedCostFen, long remainingFen, BalanceState balanceState) {
}
