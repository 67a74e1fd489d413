package io.computility.hub.camel.topology;

import io.computility.hub.workers.HubProblems;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A region filter that is neither a GB/T 2260 code nor a prefix of one. */
public class InvalidRegionFilterException extends ErrorResponseException {

  /** The stable problem type. */
  public static final URI TYPE = URI.create(HubProblems.TYPES + "invalid-region-filter");

  public InvalidRegionFilterException(String region) {
    super(HttpStatus.BAD_REQUEST, problem(region), null, "camel.problem.invalid-region-filter",
        new Object[] {region});
  }

  private static ProblemDetail problem(String region) {
    return HubProblems.detail(HttpStatus.BAD_REQUEST, "invalid-region-filter", "region",
        "region '" + region + "' is not a GB/T 2260 code or prefix, e.g. 44 or 440300");
  }
}
