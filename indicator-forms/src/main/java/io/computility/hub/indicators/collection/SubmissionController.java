package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.MonitoringProblem;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.validation.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
 * {@code Idempotency-Key}, answers 200 with the first submission; new values answer 201. A bulk push
 * ({@code POST /submissions/bulk}) carries up to {@value #BULK_LIMIT} submissions, of any units, each answered as a
 * single push would be.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
class SubmissionController {

  /** The most submissions one bulk push may carry. */
  static final int BULK_LIMIT = 1000;

  private final Submissions submissions;
  private final CollectionTasks tasks;
  private final SubmissionLog log;
  private final ReportingUnits units;
  private final BulkSubmissions bulk;
  private final MessageSource messages;

  SubmissionController(Submissions submissions, CollectionTasks tasks, SubmissionLog log,
      ReportingUnits units, BulkSubmissions bulk, MessageSource messages) {
    this.submissions = submissions;
    this.tasks = tasks;
    this.log = log;
    this.units = units;
    this.bulk = bulk;
    this.messages = messages;
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

  /**
   * Many submissions in one request, each idempotent on its own {@code idempotencyKey} (or by equal values) and each
   * answered with its own result: {@code status} 201 (stored), 200 (duplicate of an earlier submission), 422 (recorded
   * as INVALID, with every violation) or the status of the problem that refused it (404 unknown unit or out of
   * scope, 403 not a reporter of the unit, 422 bad period).
   */
  @PostMapping("/submissions/bulk")
  @PreAuthorize("hasAnyRole('REPORTER', 'OPERATOR')")
  BulkResponse pushAll(@Valid @RequestBody BulkRequest request, JwtAuthenticationToken token, Locale locale) {
    List<Submissions.Incoming> incoming = request.submissions().stream().map(item -> new Submissions.Incoming(
        item.unitCode(), item.dataSetCode(), item.period(), Channel.API_PUSH, item.values(), item.idempotencyKey()))
        .toList();
    List<BulkSubmissions.Outcome> outcomes = bulk.push(incoming, Caller.of(token));
    List<BulkResult> results = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      BulkSubmissions.Outcome outcome = outcomes.get(i);
      if (outcome.refused() != null) {
        results.add(new BulkResult(i, outcome.refused().getStatusCode().value(), null,
            outcome.refused().updateAndGetBody(messages, locale)));
      } else {
        Submission submission = outcome.submission();
        int status = submission.status() == SubmissionStatus.INVALID ? HttpStatus.UNPROCESSABLE_ENTITY.value()
            : submission.duplicate() ? HttpStatus.OK.value() : HttpStatus.CREATED.value();
        results.add(new BulkResult(i, status, submission, null));
      }
    }
    return new BulkResponse(results);
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

  /** Submissions pushed together; at most {@value #BULK_LIMIT}. */
  record BulkRequest(@NotEmpty @Size(max = BULK_LIMIT) List<@Valid @NotNull BulkItem> submissions) {
  }

  /** One submission of a bulk push, with its own idempotency key. */
  record BulkItem(@NotBlank @Size(max = 64) String unitCode, @Size(max = 64) String dataSetCode,
      @NotBlank @Size(max = 16) String period, @NotEmpty Map<String, Object> values,
      @Size(max = 128) String idempotencyKey) {
  }

  /**
   * The result of one submission of a bulk push, by its position in the request.
   *
   * @param status what a single push of it would have answered
   * @param submission the submission stored or replayed; absent when refused
   * @param problem why it was refused (problem+json body); absent when stored
   */
  record BulkResult(int index, int status, Submission submission, ProblemDetail problem) {
  }

  /** One result per pushed submission, in order. */
  record BulkResponse(List<BulkResult> results) {
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
