package io.computility.hub.workers.billing.statement;

import io.computility.hub.workers.HubProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Statement requests that cannot be done as asked, rendered as problem+json. */
public abstract sealed class StatementProblem extends ErrorResponseException {

  StatementProblem(HttpStatus status, String type, String field, String detail, Object... args) {
    super(status, HubProblems.detail(status, type, field, detail), null, null, args);
  }

  /** No statement of that id. */
  public static final class UnknownStatement extends StatementProblem {
    UnknownStatement(String id) {
      super(HttpStatus.NOT_FOUND, "unknown-statement", "statementId", "There is no statement '" + id + "'", id);
    }
  }
}
