/**
 * Settlement statements: what the hub owes each provider for a month — gross sales, credits passed on, the
 * platform's fee and the net payable — each figure the sum of statement lines that name the bill line or credit
 * note behind them. An operator marks a statement paid.
 */
package io.computility.hub.workers.billing.statement;
