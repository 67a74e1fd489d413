package io.computility.hub.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A support agent opens Tasklist in a real browser (headless Chromium), is sent to the hub's identity provider, signs
 * in, and lands in Tasklist seeing the tasks of the SUPPORT group. Needs Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them, elsewhere the test is skipped when they are missing.
 */
@HubIntegrationTest
@EnabledIf("chromiumInstalled")
class TasklistSingleSignOnBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  WebDriver browser;

  static boolean chromiumInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @BeforeEach
  void openBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--lang=zh-CN");
    ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(driver, options);
  }

  @AfterEach
  void closeBrowser() throws IOException {
    // Kept for a person to look at: what the browser showed last.
    Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(screenshots.resolve("tasklist.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    Files.writeString(screenshots.resolve("tasklist.html"), browser.getPageSource());
    browser.quit();
  }

  @Test
  void supportSignsInThroughTheIdentityProviderAndSeesTheGroupsTasks() {
    String businessKey = "browser-" + System.nanoTime();
    runtime.startProcessInstanceByKey("hello", businessKey, Map.of("name", "浏览器"));
    await().atMost(Duration.ofSeconds(30)).until(() ->
        tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskCandidateGroup("SUPPORT").count() == 1);

    browser.get("http://127.0.0.1:" + port + "/operaton/app/tasklist/");

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
    assertThat(browser.getCurrentUrl()).endsWith("/login");
    browser.findElement(By.name("username")).sendKeys("support-demo");
    browser.findElement(By.name("password")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    wait.until(ExpectedConditions.urlContains("/operaton/app/tasklist/"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "我的组任务 / My group tasks"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Review greeting / 审阅问候"));
  }
}
