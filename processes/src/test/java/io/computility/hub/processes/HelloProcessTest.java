package io.computility.hub.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The {@code hello} process from {@code processes/hello.bpmn}, served by the hello worker. */
@SpringBootTest(classes = ProcessesTestApplication.class)
class HelloProcessTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  @Test
  void greetsInBothLanguagesAndSupportReviewsTheGreeting() {
    // Given a name to greet
    Map<String, Object> variables = Map.of("name", "Ada");

    // When the process starts
    ProcessInstance instance = runtime.startProcessInstanceByKey("hello", variables);

    // Then the worker greets and the greeting waits for SUPPORT to review it
    Task review = await().atMost(TIMEOUT).until(() -> tasks.createTaskQuery()
        .processInstanceId(instance.getId()).taskCandidateGroup("SUPPORT").singleResult(), task -> task != null);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("reviewGreeting");
    assertThat(runtime.getVariable(instance.getId(), "greeting")).isEqualTo("你好, Ada / Hello, Ada");

    // When support completes the review
    tasks.complete(review.getId());

    // Then the process has ended after passing every step in order
    assertThat(hasEnded(instance)).isTrue();
    assertThat(passedActivities(instance))
        .containsExactly("greetingRequested", "greet", "reviewGreeting", "greetingReviewed");
  }

  @Test
  void endsWithoutReviewWhenThereIsNoNameToGreet() {
    // Given no name

    // When the process starts
    ProcessInstance instance = runtime.startProcessInstanceByKey("hello");

    // Then the worker's NAME_MISSING error ends it through the boundary event, with nothing to review
    await().atMost(TIMEOUT).until(() -> hasEnded(instance));
    assertThat(passedActivities(instance))
        .containsExactly("greetingRequested", "greet", "nameMissing", "greetingRefused");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("greeting").count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  private boolean hasEnded(ProcessInstance instance) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
  }

  private List<String> passedActivities(ProcessInstance instance) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }
}
