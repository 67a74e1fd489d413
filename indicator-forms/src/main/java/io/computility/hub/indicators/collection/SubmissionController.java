package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.MonitoringProblem;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.validation.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The push interface (M-9.5 a): a unit's REPORTER (or an OPERATOR) adds or updates values, gets a submission id
 * and queries its status and the collection log. Pushing the same values again, or the same
 * {@code Idempotency-Key}, answers 200 with the first submission; new values answer 201.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
class SubmissionController {

  private final Submissions submissions;
  private final CollectionTasks tasks;
  private final SubmissionLog log;
  private final ReportingUnits units;

  SubmissionController(Submissions submissions, CollectionTasks tasks, SubmissionLog log,
      ReportingUnits units) {
    this.submissions = submissions;
    this.tasks = tasks;
    this.log = log;
    this.units = units;
  }

  @PostMapping("/submissions")
  @PreAuthorize("hasAnyRole('REPORTER', 'OPERATOR')")
  ResponseEntity<Submission> push(@Valid @RequestBody PushRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      JwtAuthenticationToken token) {
    Caller caller = Caller.of(token);
    Submissions.Incoming incoming = new Submissions.Incoming(request.unitCode(), request.dataSetCode(),
        request.period(), Channel.API_PUSH, request.values(), idempotencyKey);
    Submission submission = tasks.submit(incoming, caller);
    if (submission.status() == SubmissionStatus.INVALID) {
      throw new SubmissionInvalidException(submission);
    }
    return ResponseEntity.status(submission.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(submission);
  }

  @GetMapping("/submissions/{id}")
  @PreAuthorize("hasAnyRole('REPORTER', 'REGULATOR', 'OPERATOR')")
  Submission get(@PathVariable String id, JwtAuthenticationToken token) {
    return submissions.visible(id, Caller.of(token));
  }

  @GetMapping("/units/{unit}/submissions")
  @PreAuthorize("hasAnyRole('REPORTER', 'REGULATOR', 'OPERATOR')")
  List<Submission> ofUnit(@PathVariable String unit, @RequestParam(required = false) String period,
      JwtAuthenticationToken token) {
    return submissions.ofUnit(unit, period, Caller.of(token));
  }

  @GetMapping("/units/{unit}/log")
  @PreAuthorize("hasAnyRole('REPORTER', 'REGULATOR', 'OPERATOR')")
  List<LogEntry> log(@PathVariable String unit, @RequestParam(required = false) String period,
      JwtAuthenticationToken token) {
    units.visible(unit, Caller.of(token));
    return log.of(unit, period);
  }

  /** Values pushed by a unit for a period; {@code dataSetCode} makes the data set's completeness apply. */
  record PushRequest(@NotBlank @Size(max = 64) String unitCode, @Size(max = 64) String dataSetCode,
      @NotBlank @Size(max = 16) String period, @NotEmpty Map<String, Object> values) {
  }

  /** A submission failed validation; it is recorded, and every violation names its indicator and rule. */
  static class SubmissionInvalidException extends MonitoringProblem.Invalid {
    SubmissionInvalidException(Submission submission) {
      super("submission-invalid", describe(submission.violations()), submission.violations().get(0).indicator());
      errors(submission.violations());
      getBody().setProperty("submissionId", submission.id());
    }

    private static String describe(List<Violation> violations) {
      return violations.size() + " check(s) failed: " + violations.stream()
          .map(violation -> violation.indicator() + " [" + violation.rule() + "]").toList();
    }
  }
}
