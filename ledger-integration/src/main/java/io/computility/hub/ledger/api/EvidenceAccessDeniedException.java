package io.computility.hub.ledger.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The caller may not see this evidence: it belongs to someone else. */
public class EvidenceAccessDeniedException extends ErrorResponseException {

    public EvidenceAccessDeniedException(String subject) {
        super(HttpStatus.FORBIDDEN, problem(subject), null, null, new Object[] {subject});
    }

    private static ProblemDetail problem(String subject) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "You may not see the evidence of " + subject + ".");
        problem.setType(URI.create("https://computility.hub/problems/evidence-access-denied"));
        problem.setProperty("subject", subject);
        return problem;
    }
}
