package io.computility.hub.portal.order;

import java.time.Instant;

/**
 * A message the hub sent a consumer about one of their orders, in the reader's language.
 *
 * @param id the notification's id, increasing
 * @param orderId the order it is about
 * @param kind what it says: {@code LOW_BALANCE} (the prepaid balance will not last the booking)
 * @param message the text, from the bundles ({@code portal.notification.<kind>})
 * @param createdAt when it was sent
 */
public record Notification(long id, String orderId, String kind, String message, Instant createdAt) {
}
