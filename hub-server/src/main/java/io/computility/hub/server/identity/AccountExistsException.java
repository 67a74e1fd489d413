package io.computility.hub.server.identity;

import io.computility.hub.server.web.Problems;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A new account asked for a username that is taken. */
public class AccountExistsException extends ErrorResponseException {

  public AccountExistsException(String username) {
    super(HttpStatus.CONFLICT, problem(username), null);
  }

  private static ProblemDetail problem(String username) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "Username '" + username + "' is already taken");
    problem.setType(URI.create(Problems.TYPE_BASE + "account-exists"));
    problem.setProperty("field", "username");
    return problem;
  }
}
