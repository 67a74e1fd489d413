package io.computility.hub.workers.hello;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelloWorkerTest {

  private final HelloWorker worker = new HelloWorker();

  @Test
  void greetsTheNameInChineseAndEnglish() {
    assertThat(worker.work(item(Map.of("name", "Ada"))))
        .isEqualTo(WorkResult.complete(Map.of("greeting", "你好, Ada / Hello, Ada")));
  }

  @Test
  void aMissingOrBlankNameIsTheBusinessErrorNameMissing() {
    assertThat(worker.work(item(Map.of()))).isInstanceOfSatisfying(WorkResult.BpmnError.class,
        error -> assertThat(error.code()).isEqualTo("NAME_MISSING"));
    assertThat(worker.work(item(Map.of("name", "  ")))).isInstanceOfSatisfying(WorkResult.BpmnError.class,
        error -> assertThat(error.code()).isEqualTo("NAME_MISSING"));
  }

  private static WorkItem item(Map<String, Object> variables) {
    return new WorkItem("task-1", "instance-1", null, "greet", 2, variables);
  }
}
