package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.MonitoringProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Bulk push (M-9.5 a): many submissions, of any units the caller reports for, in one request. Each stays a
 * submission of its own, as if pushed alone: idempotent per unit and idempotency key (or by equal values), validated,
 * with its own id, status and log entries, handed to its waiting collection task. Unlike a batch file the set is not
 * all or nothing: an invalid submission is recorded as {@code INVALID}, one out of the caller's scope is refused, and
 * the others are stored — together, in a fixed number of statements.
 */
@Service
public class BulkSubmissions {

  private final Submissions submissions;
  private final CollectionTasks tasks;

  BulkSubmissions(Submissions submissions, CollectionTasks tasks) {
    this.submissions = submissions;
    this.tasks = tasks;
  }

  /**
   * What became of one pushed submission: stored (possibly as {@code INVALID}, or a duplicate), or refused before
   * storing (unknown unit, out of scope, bad period).
   */
  public record Outcome(Submission submission, MonitoringProblem refused) {
  }

  /** Checks and stores the submissions; answers one outcome per submission, in order. */
  public List<Outcome> push(List<Submissions.Incoming> incoming, Caller caller) {
    Submissions.Checker checker = submissions.checker(incoming.stream().map(Submissions.Incoming::unitCode).toList(),
        caller);
    Outcome[] outcomes = new Outcome[incoming.size()];
    List<Submissions.Checked> checked = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < incoming.size(); i++) {
      try {
        checked.add(checker.check(incoming.get(i)));
        positions.add(i);
      } catch (MonitoringProblem problem) {
        outcomes[i] = new Outcome(null, problem);
      }
    }
    List<Submission> stored = tasks.submitAll(checked, caller);
    for (int i = 0; i < stored.size(); i++) {
      outcomes[positions.get(i)] = new Outcome(stored.get(i), null);
    }
    return Arrays.asList(outcomes);
  }
}
