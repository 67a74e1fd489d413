package io.computility.hub.portal.workorder;

import java.time.Instant;

/**
 * One message of a work order's conversation.
 *
 * @param author the account that wrote it, or the line that answered ({@code SUPPORT}, {@code SUPPORT_L2}), or
 *     {@code SYSTEM} for the hub's own messages (standard answers, escalation)
 * @param role {@code REQUESTER}, {@code SUPPORT} (support staff and operators, and both support lines) or
 *     {@code SYSTEM}
 * @param body the text, in the caller's language for the hub's own messages
 */
public record WorkOrderMessage(long messageId, String author, Role role, String body, Instant createdAt) {

  /** Who speaks in a conversation. */
  public enum Role { REQUESTER, SUPPORT, SYSTEM }
}
