package io.computility.hub.workers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A test worker whose behaviour each test scripts, and which records how it was called. */
public class ScriptedWorker implements Worker {

  /** What the worker does with one item. */
  @FunctionalInterface
  public interface Script {
    WorkResult work(WorkItem item) throws Exception;
  }

  /** One call: the item and when it started ({@link System#nanoTime()}). */
  public record Call(WorkItem item, long startedNanos) {
  }

  private final String topic;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostRunning = new AtomicInteger();
  private volatile Script script = item -> WorkResult.complete();

  public ScriptedWorker(String topic) {
    this.topic = topic;
  }

  /** Replaces the behaviour and forgets earlier calls. */
  public void script(Script script) {
    this.script = script;
    calls.clear();
    mostRunning.set(0);
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** How many calls are running now. */
  public int running() {
    return running.get();
  }

  /** The most calls that ran at once since the last {@link #script}. */
  public int mostRunning() {
    return mostRunning.get();
  }

  @Override
  public String topic() {
    return topic;
  }

  @Override
  public WorkResult work(WorkItem item) throws Exception {
    calls.add(new Call(item, System.nanoTime()));
    mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      return script.work(item);
    } finally {
      running.decrementAndGet();
    }
  }
}
