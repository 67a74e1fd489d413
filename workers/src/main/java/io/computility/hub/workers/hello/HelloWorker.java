package io.computility.hub.workers.hello;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Greets {@code name} in Chinese and English: the smallest worker, proving the runtime end to end. */
@Component
class HelloWorker implements Worker {

  static final String NAME_MISSING = "NAME_MISSING";

  @Override
  public String topic() {
    return "hello";
  }

  @Override
  public WorkResult work(WorkItem item) {
    String name = item.stringOr("name", "").strip();
    if (name.isEmpty()) {
      return WorkResult.bpmnError(NAME_MISSING, "No name to greet");
    }
    return WorkResult.complete(Map.of("greeting", "你好, " + name + " / Hello, " + name));
  }
}
