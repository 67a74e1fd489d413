package io.computility.hub.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.collection.Channel;
import io.computility.hub.indicators.collection.CollectionTasks;
import io.computility.hub.indicators.collection.FormGenerator;
import io.computility.hub.indicators.collection.Submission;
import io.computility.hub.indicators.collection.SubmissionStatus;
import io.computility.hub.indicators.collection.Submissions;
import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reporter fills a collection task's generated form in a real browser (headless Chromium): an issued
 * {@code indicator-collection} for the demo data centre waits in Tasklist for {@code reporter-demo}, who signs in
 * through the hub's identity provider, opens the task from "Tasks offered to me", claims it, types the values into
 * the Camunda Form generated from the demo data set, and completes it. The values then arrive as the unit's FORM
 * submission, validated and waiting for review. Needs Debian's {@code chromium} and {@code chromium-driver}; the
 * test is skipped when they are missing.
 */
@HubIntegrationTest
@EnabledIf("io.computility.hub.server.TasklistBrowser#installed")
class TasklistReporterFormBrowserTest {

  private static final String UNIT = "DEMO-DC-BJ";
  private static final String DATA_SET = "DEMO_MONTHLY";

  @LocalServerPort
  int port;

  @Autowired
  CollectionTasks collectionTasks;

  @Autowired
  Submissions submissions;

  @Autowired
  TaskService tasks;

  @RegisterExtension
  final TasklistBrowser tasklist = TasklistBrowser.perTest("tasklist-reporter-last");

  @Test
  void reporterFillsTheGeneratedFormInTasklistAndTheValuesArriveAsAFormSubmission() throws IOException {
    // A month no earlier run used, so the test database may be kept between runs.
    YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(2100, 2900),
        ThreadLocalRandom.current().nextInt(1, 13));
    String period = month.toString();
    String businessKey = CollectionTasks.businessKey(DATA_SET, period, UNIT);
    collectionTasks.issue(DATA_SET, period);
    await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(CollectionTasks.FILL_FORM).taskCandidateUser("reporter-demo").count() == 1);

    WebDriverWait wait = tasklist.openTasklist(port);
    tasklist.signIn("reporter-demo", "demo");

    wait.until(ExpectedConditions.urlContains("/operaton/app/tasklist/"));
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("分派给我的任务 / Tasks offered to me")))
        .click();
    // Earlier runs may have left tasks in the list: open the one issued above.
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='" + taskId + "']"))).click();

    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()']"))).click();
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("RS.CAP.TOTAL", "12.5");
    typed.put("RS.CAP.USED", "8.25");
    typed.put("CI.DC.RACKS", "3200");
    typed.put("PC.ENERGY.PUE", "1.28");
    Map<By, String> fields = new LinkedHashMap<>();
    typed.forEach((indicator, value) ->
        fields.put(By.cssSelector("input[id$='-" + FormGenerator.fieldKey(indicator) + "']"), value));
    tasklist.fill(wait, fields);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "演示月度填报"));
    tasklist.screenshot("tasklist-reporter-form");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))).click();

    await().atMost(Duration.ofSeconds(60)).until(() -> !formSubmissions(period).isEmpty());
    Submission submission = formSubmissions(period).get(0);
    assertThat(submission.status()).isEqualTo(SubmissionStatus.VALIDATED);
    assertThat(submission.submittedBy()).isEqualTo("reporter-demo");
    assertThat(submission.values()).isEqualTo(typed);
    await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey("reviewSubmission").count() == 1);
  }

  private List<Submission> formSubmissions(String period) {
    return submissions.ofUnit(UNIT, period, Caller.system("browser-test")).stream()
        .filter(submission -> submission.channel() == Channel.FORM).toList();
  }

}
