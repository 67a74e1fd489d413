package io.computility.hub.camel.resource;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A spec names hardware the conversion table does not know; the hub never guesses its figures. */
public class UnknownSpecException extends ErrorResponseException {

  /** The stable problem type. */
  public static final URI TYPE = URI.create("https://computility.hub/problems/unknown-spec");

  private final String spec;
  private final String component;

  public UnknownSpecException(String spec, String component) {
    super(HttpStatus.BAD_REQUEST, problem(spec, component), null,
        "camel.problem.unknown-spec", new Object[] {spec, component});
    this.spec = spec;
    this.component = component;
  }

  private static ProblemDetail problem(String spec, String component) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Unknown spec '" + spec + "': no conversion-table row for '" + component + "'");
    problem.setType(TYPE);
    problem.setProperty("spec", spec);
    return problem;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }

  /** The whole spec as given. */
  public String spec() {
    return spec;
  }

  /** The part of it that was not recognised. */
  public String component() {
    return component;
  }
}
