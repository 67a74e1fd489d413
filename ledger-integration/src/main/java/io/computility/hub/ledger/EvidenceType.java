package io.computility.hub.ledger;

/** What an evidence record attests. */
public enum EvidenceType {
    PROCESS_STARTED,
    PROCESS_ENDED,
    ACTIVITY_ENDED,
    USER_TASK_COMPLETED,
    BPMN_ERROR,
    INCIDENT,
    /** A key business record (account, listing, order, bill, …) put by a module; {@code detail} names its kind. */
    BUSINESS
}
