package io.computility.hub.ledger.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No final evidence for the asked record or order (unknown, or not yet sealed/anchored). */
public class EvidenceNotFoundException extends ErrorResponseException {

    public EvidenceNotFoundException(String subject) {
        super(HttpStatus.NOT_FOUND, problem(subject), null, null, new Object[] {subject});
    }

    private static ProblemDetail problem(String subject) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No evidence for " + subject + " on the ledger.");
        problem.setType(URI.create("https://computility.hub/problems/evidence-not-found"));
        problem.setProperty("subject", subject);
        return problem;
    }
}
