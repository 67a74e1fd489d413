/**
 * The operators' HTTP API for the money side of a month: billing cycles on request, providers' settlement
 * statements (list, prepare, read, mark paid) and usage reconciliation (run, open cases, resolve). OPERATOR only.
 */
package io.computility.hub.portal.statement;
