package io.computility.hub.camel.provisioning;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The provider has no allocation the hub knows by this id. */
public class UnknownAllocationException extends ErrorResponseException {

  /** The stable problem type. */
  public static final URI TYPE = URI.create("https://computility.hub/problems/unknown-allocation");

  public UnknownAllocationException(String providerId, String externalId) {
    super(HttpStatus.NOT_FOUND, problem(providerId, externalId), null, "camel.problem.unknown-allocation",
        new Object[] {externalId, providerId});
  }

  private static ProblemDetail problem(String providerId, String externalId) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "No allocation '" + externalId + "' at provider '" + providerId + "'");
    problem.setType(TYPE);
    problem.setProperty("providerId", providerId);
    problem.setProperty("externalId", externalId);
    return problem;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
