package io.computility.hub.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After-sales end to end: a consumer opens a work order through the API, first-line support misses the SLA (the
 * test fires the SLA timer), and the second-line agent {@code support-l2-demo} signs in to Tasklist in a real browser
 * (headless Chromium), claims the escalated task, writes the answer in the work-order form and completes it; the
 * consumer then reads the answer through the API. Needs Debian's {@code chromium} and {@code chromium-driver}.
 */
@HubIntegrationTest
@EnabledIf("io.computility.hub.server.TasklistBrowser#installed")
class WorkOrderTasklistBrowserTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @LocalServerPort
  int port;

  @Autowired
  TaskService tasks;

  @Autowired
  ManagementService management;

  @Autowired
  HistoryService history;

  @RegisterExtension
  final TasklistBrowser tasklist = TasklistBrowser.perTest("work-order-last");

  @Test
  void secondLineSupportCompletesAnEscalatedWorkOrderInTasklist() throws IOException {
    HubClient hub = new HubClient(port);
    String consumer = hub.deviceToken("consumer-demo", "demo");
    String subject = "Instance unreachable " + UUID.randomUUID();
    HttpResponse<String> opened = hub.call("POST", "/api/v1/work-orders", consumer, """
        {"category": "TECHNICAL", "subject": "%s", "message": "SSH to my GPU instance times out."}"""
        .formatted(subject), "en", "browser-" + UUID.randomUUID());
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    String workOrderId = HubClient.json(opened).path("workOrderId").asText();

    await().atMost(TIMEOUT).until(() -> task(workOrderId, "SUPPORT") != null);
    management.executeJob(slaTimer(workOrderId).getId());
    Task escalated = await().atMost(TIMEOUT).until(() -> task(workOrderId, "SUPPORT_L2"), task -> task != null);
    assertThat(escalated.getName()).isEqualTo("Handle escalated work order / 处理升级工单");
    assertThat(detail(hub, consumer, workOrderId).at("/workOrder/status").asText()).isEqualTo("ESCALATED");

    WebDriverWait wait = tasklist.openTasklist(port);
    tasklist.signIn("support-l2-demo", "demo");

    wait.until(ExpectedConditions.urlContains("/operaton/app/tasklist/"));
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("我的组任务 / My group tasks"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='" + escalated.getId() + "']")))
        .click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()']"))).click();
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("input[id$='-subjectField']"), "value", subject));
    String answer = "Your instance's security group blocked port 22; it is open again. / 安全组已放行 22 端口。";
    tasklist.fill(wait, Map.of(By.cssSelector("textarea[id$='-resolutionField']"), answer));
    tasklist.screenshot("work-order-form");
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("button[ng-click='complete()']")));
    // the button sits at the bottom of a long form, where Tasklist's footer may cover it
    ((JavascriptExecutor) tasklist.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    complete.click();

    JsonNode answered = await().atMost(TIMEOUT).until(() -> detail(hub, consumer, workOrderId),
        detail -> detail.at("/workOrder/status").asText().equals("ANSWERED"));
    assertThat(answered.at("/workOrder/answeredBy").asText()).isEqualTo("SUPPORT_L2");
    JsonNode messages = answered.path("messages");
    JsonNode last = messages.get(messages.size() - 1);
    assertThat(last.path("role").asText()).isEqualTo("SUPPORT");
    assertThat(last.path("body").asText()).isEqualTo(answer);
    assertThat(history.createHistoricTaskInstanceQuery().taskId(escalated.getId()).singleResult().getAssignee())
        .isEqualTo("support-l2-demo");
  }

  private Task task(String workOrderId, String group) {
    return tasks.createTaskQuery().processInstanceBusinessKey(workOrderId).taskCandidateGroup(group).singleResult();
  }

  private Job slaTimer(String workOrderId) {
    String instance = history.createHistoricProcessInstanceQuery().processDefinitionKey("work-order")
        .processInstanceBusinessKey(workOrderId).singleResult().getId();
    return management.createJobQuery().processInstanceId(instance).activityId("slaExceeded").singleResult();
  }

  private static JsonNode detail(HubClient hub, String token, String workOrderId) {
    HttpResponse<String> response = hub.call("GET", "/api/v1/work-orders/" + workOrderId, token, null, "en");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return HubClient.json(response);
  }

}
