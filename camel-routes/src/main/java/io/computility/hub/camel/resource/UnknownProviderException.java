package io.computility.hub.camel.resource;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No provider with this id is connected to the hub. */
public class UnknownProviderException extends ErrorResponseException {

  /** The stable problem type. */
  public static final URI TYPE = URI.create("https://computility.hub/problems/unknown-provider");

  public UnknownProviderException(String providerId) {
    super(HttpStatus.NOT_FOUND, problem(providerId), null, "camel.problem.unknown-provider",
        new Object[] {providerId});
  }

  private static ProblemDetail problem(String providerId) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "No provider '" + providerId + "'");
    problem.setType(TYPE);
    problem.setProperty("providerId", providerId);
    return problem;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
