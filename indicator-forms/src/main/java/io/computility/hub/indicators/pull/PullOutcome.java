package io.computility.hub.indicators.pull;

import io.computility.hub.indicators.collection.Submission;

/**
 * What a pull from a unit's endpoint came to: the submission the pulled values made (possibly a replay of an
 * earlier identical pull, see {@link Submission#duplicate()}), or why nothing was received.
 *
 * @param submission the submission, {@code null} when the pull failed
 * @param failure why the pull failed, {@code null} when it succeeded
 */
public record PullOutcome(String unitCode, String dataSetCode, String period, Submission submission,
    String failure) {

  /** Whether values were received (valid or not: validation is the submission's business). */
  public boolean pulled() {
    return submission != null;
  }
}
