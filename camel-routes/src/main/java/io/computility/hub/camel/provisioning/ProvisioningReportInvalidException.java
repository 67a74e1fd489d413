package io.computility.hub.camel.provisioning;

import io.computility.hub.workers.HubProblems;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A partner's provisioning report breaks a rule; names the field at fault. Nothing was changed. */
public class ProvisioningReportInvalidException extends ErrorResponseException {

  /** The stable problem type. */
  public static final URI TYPE = URI.create(HubProblems.TYPES + "invalid-provisioning-report");

  public ProvisioningReportInvalidException(String field, String detail) {
    super(HttpStatus.BAD_REQUEST, problem(field, detail), null, "camel.problem.invalid-provisioning-report",
        new Object[] {field, detail});
  }

  private static ProblemDetail problem(String field, String detail) {
    return HubProblems.detail(HttpStatus.BAD_REQUEST, "invalid-provisioning-report", field, field + ": " + detail);
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
