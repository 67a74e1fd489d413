package io.computility.hub.indicators.collection;

/**
 * Where a submission stands: {@code INVALID} failed validation; {@code VALIDATED} passed and waits for the
 * reviewer of its collection task; {@code ACCEPTED} its values count; {@code REJECTED} the reviewer sent it back.
 */
public enum SubmissionStatus {
  INVALID, VALIDATED, ACCEPTED, REJECTED
}
