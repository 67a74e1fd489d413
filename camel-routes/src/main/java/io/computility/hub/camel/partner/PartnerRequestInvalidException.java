package io.computility.hub.camel.partner;

import io.computility.hub.workers.HubProblems;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A partner's request breaks a rule of the unified model; names the first field at fault. Nothing was changed. */
public class PartnerRequestInvalidException extends ErrorResponseException {

  /** The stable problem type. */
  public static final URI TYPE = URI.create(HubProblems.TYPES + "invalid-partner-request");

  public PartnerRequestInvalidException(String field, String detail) {
    super(HttpStatus.BAD_REQUEST, problem(field, detail), null, "camel.problem.invalid-partner-request",
        new Object[] {field, detail});
  }

  private static ProblemDetail problem(String field, String detail) {
    return HubProblems.detail(HttpStatus.BAD_REQUEST, "invalid-partner-request", field, field + ": " + detail);
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
