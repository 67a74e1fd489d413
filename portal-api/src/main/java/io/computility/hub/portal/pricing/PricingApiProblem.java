package io.computility.hub.portal.pricing;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Refusals of the price-plan API itself, as problem+json (titles and details in the portal bundles). */
final class PricingApiProblem {

  private static final String TYPES = "https://computility.hub/problems/";

  private PricingApiProblem() {
  }

  private static ProblemDetail problem(HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPES + type));
    return problem;
  }

  /** Publishing prices is for operators. */
  static final class OperatorOnly extends ErrorResponseException {
    OperatorOnly() {
      super(HttpStatus.FORBIDDEN, problem(HttpStatus.FORBIDDEN, "operator-only",
          "Only an OPERATOR may publish price plans"), null);
    }
  }

  /** A field of the request is missing or not acceptable. */
  static final class Invalid extends ErrorResponseException {
    Invalid(String field, Object value) {
      super(HttpStatus.BAD_REQUEST, problem(HttpStatus.BAD_REQUEST, "invalid-request",
          "Field '" + field + "' has an invalid value: " + value), null, null, new Object[] {field, value});
      getBody().setProperty("field", field);
    }
  }
}
