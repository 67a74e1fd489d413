/**
 * Pulls providers' monthly usage statements over HTTP and hands them to the hub's usage reconciliation
 * ({@code io.computility.hub.workers.billing.reconciliation}).
 */
package io.computility.hub.camel.reconciliation;
