package io.computility.hub.portal.workorder;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Domain errors of work orders, rendered as problem+json. Titles come from the bundles under
 * {@code problemDetail.title.<class name>}, details under {@code problemDetail.<class name>}.
 */
public abstract sealed class WorkOrderProblem extends ErrorResponseException {

  private static final String TYPES = "https://computility.hub/problems/";

  WorkOrderProblem(HttpStatus status, String type, String defaultDetail, Object... args) {
    super(status, problem(status, type, defaultDetail), null, null, args);
  }

  private static ProblemDetail problem(HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPES + type));
    return problem;
  }

  /** Confirm and reopen answer an answer: the work order must be answered and wait for the requester. */
  public static final class NotAwaitingReply extends WorkOrderProblem {
    NotAwaitingReply(String workOrderId, WorkOrderStatus status) {
      super(HttpStatus.CONFLICT, "work-order-not-awaiting-reply",
          "Work order " + workOrderId + " is " + status + " and does not wait for the requester's reply",
          workOrderId, status.name());
    }
  }

  /** A closed work order takes no more messages; open a new one. */
  public static final class Closed extends WorkOrderProblem {
    Closed(String workOrderId) {
      super(HttpStatus.CONFLICT, "work-order-closed", "Work order " + workOrderId + " is closed", workOrderId);
    }
  }

  /** Only the requester confirms or reopens a work order. */
  public static final class NotRequester extends WorkOrderProblem {
    NotRequester(String workOrderId) {
      super(HttpStatus.FORBIDDEN, "work-order-not-requester",
          "Only the requester may confirm or reopen work order " + workOrderId, workOrderId);
    }
  }
}
