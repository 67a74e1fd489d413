package io.computility.hub.portal.workorder;

/** Where a work order stands, as its store keeps it (the process's current step adds the detail). */
public enum WorkOrderStatus {
  /** Opened or reopened: first-line support has it (or the triage is about to answer it). */
  OPEN,
  /** First-line support missed the SLA: the second line has it. */
  ESCALATED,
  /** Answered (by the standard answers or by support): waits for the requester to confirm or reopen. */
  ANSWERED,
  /** Confirmed by the requester, or closed when no reply came in time. Final. */
  CLOSED
}
