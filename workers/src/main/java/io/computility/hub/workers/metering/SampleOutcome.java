package io.computility.hub.workers.metering;

/** What {@link UsageMeter#record} made of one meter of a reading. */
public enum SampleOutcome {
  /** The usage since the previous accepted reading was recorded. */
  RECORDED,
  /** A reading at or before the last accepted one (a repeat or a late sample): ignored, nothing counted twice. */
  IGNORED,
  /** The cumulative went down: recorded as an anomaly with no usage, and the new reading is the new base. */
  ANOMALY
}
