package io.computility.hub.camel.partner;

import io.computility.hub.workers.HubProblems;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The caller is not the API client that registered this provider; nothing was changed. */
public class PartnerNotOwnedException extends ErrorResponseException {

  /** The stable problem type. */
  public static final URI TYPE = URI.create(HubProblems.TYPES + "partner-not-owned");

  public PartnerNotOwnedException(String providerId) {
    super(HttpStatus.FORBIDDEN, problem(providerId), null, "camel.problem.partner-not-owned",
        new Object[] {providerId});
  }

  private static ProblemDetail problem(String providerId) {
    return HubProblems.detail(HttpStatus.FORBIDDEN, "partner-not-owned", "providerId",
        "Provider " + providerId + " was registered by another client");
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
