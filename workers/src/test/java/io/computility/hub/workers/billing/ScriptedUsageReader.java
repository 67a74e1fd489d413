package io.computility.hub.workers.billing;

import io.computility.hub.workers.metering.UsageReader;
import io.computility.hub.workers.metering.UsageReading;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands for the remote provider at the edge of the system (the resource layer implements {@link UsageReader} in
 * camel-routes): each read of an allocation returns the next scripted reading, or throws when the provider is
 * scripted to be unreachable.
 */
public final class ScriptedUsageReader implements UsageReader {

  private final Map<String, Deque<Object>> scripts = new ConcurrentHashMap<>();

  /** The next reads of the reading's allocation return these readings, in order. */
  public void willReturn(UsageReading... readings) {
    for (UsageReading reading : readings) {
      script(reading.allocationId()).addLast(reading);
    }
  }

  /** The next read of {@code allocationId} finds the provider unreachable. */
  public void willBeUnreachable(String allocationId) {
    script(allocationId).addLast(new IllegalStateException("Connection refused"));
  }

  @Override
  public UsageReading read(String allocationId) {
    Object next = script(allocationId).pollFirst();
    if (next == null) {
      throw new IllegalStateException("No reading scripted for " + allocationId);
    }
    if (next instanceof RuntimeException unreachable) {
      throw unreachable;
    }
    return (UsageReading) next;
  }

  private Deque<Object> script(String allocationId) {
    return scripts.computeIfAbsent(allocationId, id -> new ArrayDeque<>());
  }
}
