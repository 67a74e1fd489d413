package io.computility.hub.workers.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the worker runtime ({@code hub.workers.*}).
 *
 * @param enabled whether this node serves external tasks at all
 * @param workerId the id this node locks tasks with; {@code null} derives one unique per node
 * @param concurrency how many tasks this node works on at once
 * @param pollIdleMin the wait after the first empty poll; it doubles with every further empty poll
 * @param pollIdleMax the longest wait between two empty polls; a new external task wakes the poller earlier
 * @param shutdownTimeout how long shutdown waits for running tasks before interrupting them
 * @param defaults settings for every topic not configured under {@code topics}
 * @param topics per-topic settings by topic name; unset fields fall back to {@code defaults}
 */
@ConfigurationProperties("hub.workers")
public record WorkersProperties(
    @DefaultValue("true") boolean enabled,
    String workerId,
    @DefaultValue("4") int concurrency,
    @DefaultValue("100ms") Duration pollIdleMin,
    @DefaultValue("30s") Duration pollIdleMax,
    @DefaultValue("30s") Duration shutdownTimeout,
    TopicSettings defaults,
    Map<String, TopicSettings> topics) {

  private static final TopicSettings BUILT_IN =
      new TopicSettings(Duration.ofMinutes(1), 10, 3,
          new Backoff(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(10)));

  public WorkersProperties {
    if (concurrency < 1) {
      throw new IllegalArgumentException("hub.workers.concurrency must be at least 1");
    }
    if (pollIdleMin.isNegative() || pollIdleMin.isZero() || pollIdleMin.compareTo(pollIdleMax) > 0) {
      throw new IllegalArgumentException("hub.workers.poll-idle-min must be positive and at most poll-idle-max");
    }
    defaults = defaults == null ? BUILT_IN : defaults.orElse(BUILT_IN);
    topics = topics == null ? Map.of() : Map.copyOf(topics);
  }

  /** The effective settings of one topic: its own, completed from the defaults. */
  public TopicSettings topic(String topic) {
    TopicSettings own = topics.get(topic);
    return own == null ? defaults : own.orElse(defaults);
  }

  /**
   * How the runtime fetches and retries the tasks of one topic.
   *
   * @param lockDuration how long a fetched task stays locked; the runtime extends it while the worker runs.
   *     Keep it to several seconds: MySQL Connector/J on MariaDB 10.11 stores lock times in whole seconds
   * @param maxTasks the most tasks of this topic fetched at once
   * @param retries how many attempts a task gets in all; when the last one fails the task raises an incident
   * @param retryBackoff the wait before the next attempt after a failure
   */
  public record TopicSettings(Duration lockDuration, Integer maxTasks, Integer retries, Backoff retryBackoff) {

    public TopicSettings {
      if (lockDuration != null && (lockDuration.isZero() || lockDuration.isNegative())) {
        throw new IllegalArgumentException("lock-duration must be positive");
      }
      if (maxTasks != null && maxTasks < 1 || retries != null && retries < 1) {
        throw new IllegalArgumentException("max-tasks and retries must be at least 1");
      }
    }

    TopicSettings orElse(TopicSettings fallback) {
      return new TopicSettings(
          Objects.requireNonNullElse(lockDuration, fallback.lockDuration),
          Objects.requireNonNullElse(maxTasks, fallback.maxTasks),
          Objects.requireNonNullElse(retries, fallback.retries),
          retryBackoff == null ? fallback.retryBackoff : retryBackoff.orElse(fallback.retryBackoff));
    }
  }

  /**
   * Exponential back-off: {@code initial * multiplier^(failures - 1)}, capped at {@code max}.
   *
   * @param initial the wait after the first failure
   * @param multiplier the growth per further failure
   * @param max the longest wait
   */
  public record Backoff(Duration initial, Double multiplier, Duration max) {

    /** The wait before the next attempt after {@code failures} failed attempts (at least one). */
    public Duration after(int failures) {
      double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, failures - 1));
      return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }

    Backoff orElse(Backoff fallback) {
      return new Backoff(
          Objects.requireNonNullElse(initial, fallback.initial),
          Objects.requireNonNullElse(multiplier, fallback.multiplier),
          Objects.requireNonNullElse(max, fallback.max));
    }
  }
}
