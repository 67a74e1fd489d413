package io.computility.hub.camel.partner;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The caller is not the API client that registered this provider; nothing was changed. */
public class PartnerNotOwnedException extends ErrorResponseException {

  /** The stable problem type. */
  public static final URI TYPE = URI.create("https://computility.hub/problems/partner-not-owned");

  public PartnerNotOwnedException(String providerId) {
    super(HttpStatus.FORBIDDEN, problem(providerId), null, "camel.problem.partner-not-owned",
        new Object[] {providerId});
  }

  private static ProblemDetail problem(String providerId) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "Provider " + providerId + " was registered by another client");
    problem.setType(TYPE);
    problem.setProperty("field", "providerId");
    return problem;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
