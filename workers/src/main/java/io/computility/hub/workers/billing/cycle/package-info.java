/**
 * Monthly postpaid bills: each postpaid account's per-order bills of a month gathered into monthly bills (merged
 * into one, or split a bill per order or per project), issued with a due date, paid from the wallet, settled; a
 * disputed bill is adjusted by credit notes and paid net of them. The {@code billing-cycle} process drives them
 * through the topics of this package's workers.
 */
package io.computility.hub.workers.billing.cycle;
