package io.computility.hub.portal.order;

import java.time.Instant;
import java.util.List;

/**
 * An order's progress through its process: the steps it is at now and every step it passed.
 *
 * @param current the steps the process waits at now (empty once it ended)
 * @param history every step started so far, oldest first
 */
public record OrderSteps(List<Step> current, List<Step> history) {

  public OrderSteps {
    current = List.copyOf(current);
    history = List.copyOf(history);
  }

  /**
   * One step of the process.
   *
   * @param activityId the BPMN element's id (stable, for programs)
   * @param name its name as modelled ("中文 / English")
   * @param type the BPMN element type ({@code serviceTask}, {@code intermediateTimer} …)
   * @param startedAt when the process reached it
   * @param endedAt when it left it, {@code null} while it is there
   */
  public record Step(String activityId, String name, String type, Instant startedAt, Instant endedAt) {
  }
}
