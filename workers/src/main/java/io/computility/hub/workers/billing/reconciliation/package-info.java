/**
 * Usage reconciliation: a provider's usage statement for a month compared line by line (allocation and meter)
 * with the hub's usage records of the orders billed to it. Lines match within a tolerance, differ beyond it, or are
 * missing on either side; any line that does not match opens a reconciliation case for an operator.
 */
package io.computility.hub.workers.billing.reconciliation;
