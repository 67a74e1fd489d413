package io.computility.hub.portal.workorder;

/**
 * Names the {@code work-order} process shares with its callers: the process key, the messages and the variables set
 * from outside the engine. See {@code portal-api/README.md} ("Process work-order") for the whole contract, including
 * the {@code bill-credit} topic the billing side serves.
 */
public final class WorkOrderProcess {

  /** The process definition key; the business key of an instance is the work order id. */
  public static final String PROCESS = "work-order";

  /** The requester accepted the answer: the work order closes. */
  public static final String CONFIRMED = "WorkOrderConfirmed";
  /** The requester did not accept the answer: back to first-line support. */
  public static final String REOPENED = "WorkOrderReopened";

  /** The external topic of the message thrown when an answer grants a credit on a bill (served by billing). */
  public static final String BILL_CREDIT_TOPIC = "bill-credit";

  /** The work order's id (also the business key). */
  public static final String WORK_ORDER_ID = "workOrderId";
  /** The account that opened the work order. */
  public static final String REQUESTER_ID = "requesterId";
  /** The {@link WorkOrderCategory} name. */
  public static final String CATEGORY = "category";
  /** The bill a {@link WorkOrderCategory#BILL_DISPUTE} is about, else the bill the requester named, if any. */
  public static final String BILL_ID = "billId";
  /** The credit granted on the bill, in fen ({@code Long}, 0 for none); set by the answer. */
  public static final String CREDIT_FEN = "creditFen";
  /** The answer support wrote in the Tasklist form. */
  public static final String RESOLUTION = "resolution";
  /** Which line answered: {@code SUPPORT} or {@code SUPPORT_L2}. */
  public static final String ANSWERED_BY = "answeredBy";
  /** The requester's latest message, shown to support in the form. */
  public static final String LATEST_REQUESTER_MESSAGE = "latestRequesterMessage";
  /** The DMN outcome: {@code SUPPORT} or the key of a standard answer. */
  public static final String TRIAGE_OUTCOME = "triageOutcome";
  /** The outcome that sends a work order to a person. */
  public static final String TO_SUPPORT = "SUPPORT";

  private WorkOrderProcess() {
  }
}
