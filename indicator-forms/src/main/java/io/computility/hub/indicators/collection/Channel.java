package io.computility.hub.indicators.collection;

/** The way a submission came in (M-9.3 b). */
public enum Channel {
  FORM, BATCH, API_PUSH, API_PULL,
  /** Steps of the collection task itself: reminders and escalations. */
  TASK
}
