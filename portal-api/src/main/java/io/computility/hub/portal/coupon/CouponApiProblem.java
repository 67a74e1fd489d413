package io.computility.hub.portal.coupon;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Refusals of the coupon API itself, as problem+json (titles and details in the portal bundles). */
final class CouponApiProblem {

  private CouponApiProblem() {
  }

  /** Issuing, listing every coupon and revoking are for operators. */
  static final class OperatorOnly extends ErrorResponseException {
    OperatorOnly(String action) {
      super(HttpStatus.FORBIDDEN, problem(action), null, null, new Object[] {action});
    }

    private static ProblemDetail problem(String action) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
          "Only an OPERATOR may " + action + " coupons");
      problem.setType(URI.create("https://computility.hub/problems/operator-only"));
      return problem;
    }
  }
}
