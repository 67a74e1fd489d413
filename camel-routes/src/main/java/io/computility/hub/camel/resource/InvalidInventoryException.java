package io.computility.hub.camel.resource;

import io.computility.hub.workers.HubProblems;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Reported inventory does not fit the unified model; names the offending field, and nothing was stored. */
public class InvalidInventoryException extends ErrorResponseException {

  /** The stable problem type. */
  public static final URI TYPE = URI.create(HubProblems.TYPES + "invalid-inventory");

  private final String field;

  public InvalidInventoryException(String field, String detail) {
    super(HttpStatus.BAD_REQUEST, problem(field, detail), null, "camel.problem.invalid-inventory",
        new Object[] {field, detail});
    this.field = field;
  }

  private static ProblemDetail problem(String field, String detail) {
    return HubProblems.detail(HttpStatus.BAD_REQUEST, "invalid-inventory", field, field + ": " + detail);
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }

  /** The path of the field at fault, e.g. {@code pools[2].spec}. */
  public String field() {
    return field;
  }
}
