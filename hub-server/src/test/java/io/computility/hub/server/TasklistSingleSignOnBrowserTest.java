package io.computility.hub.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A support agent opens Tasklist in a real browser (headless Chromium), is sent to the hub's identity provider, signs
 * in, and lands in Tasklist seeing the tasks of the SUPPORT group ({@link TasklistBrowser}).
 */
@HubIntegrationTest
@EnabledIf("io.computility.hub.server.TasklistBrowser#installed")
class TasklistSingleSignOnBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @RegisterExtension
  final TasklistBrowser tasklist = TasklistBrowser.perTest("tasklist");

  @Test
  void supportSignsInThroughTheIdentityProviderAndSeesTheGroupsTasks() {
    String businessKey = "browser-" + System.nanoTime();
    runtime.startProcessInstanceByKey("hello", businessKey, Map.of("name", "浏览器"));
    await().atMost(Duration.ofSeconds(30)).until(() ->
        tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskCandidateGroup("SUPPORT").count() == 1);

    WebDriverWait wait = tasklist.openTasklist(port);
    assertThat(tasklist.driver().getCurrentUrl()).endsWith("/login");
    tasklist.signIn("support-demo", "demo");

    wait.until(ExpectedConditions.urlContains("/operaton/app/tasklist/"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "我的组任务 / My group tasks"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Review greeting / 审阅问候"));
  }
}
