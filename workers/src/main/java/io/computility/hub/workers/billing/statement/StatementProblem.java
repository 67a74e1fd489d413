package io.computility.hub.workers.billing.statement;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Statement requests that cannot be done as asked, rendered as problem+json. */
public abstract sealed class StatementProblem extends ErrorResponseException {

  StatementProblem(HttpStatus status, String type, String field, String detail, Object... args) {
    super(status, problem(status, type, field, detail), null, null, args);
  }

  private static ProblemDetail problem(HttpStatus status, String type, String field, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("https://computility.hub/problems/" + type));
    problem.setProperty("field", field);
    return problem;
  }

  /** No statement of that id. */
  public static final class UnknownStatement extends StatementProblem {
    UnknownStatement(String id) {
      super(HttpStatus.NOT_FOUND, "unknown-statement", "statementId", "There is no statement '" + id + "'", id);
    }
  }
}
