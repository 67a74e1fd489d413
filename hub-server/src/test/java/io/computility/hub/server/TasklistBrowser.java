package io.computility.hub.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Chromium on the hub's Tasklist, for the browser tests: opens Tasklist (which sends the browser to the
 * hub's identity provider), signs in, and keeps screenshots and page sources under {@code target/screenshots} for a
 * person to look at. Needs Debian's {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs them, and
 * the tests are skipped where they are missing ({@code @EnabledIf("io.computility.hub.server.TasklistBrowser#installed")}).
 * Registered as a JUnit extension ({@code @RegisterExtension}): a new browser for each test, closed after it with a
 * last screenshot of where the test ended.
 */
final class TasklistBrowser implements BeforeEachCallback, AfterEachCallback {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String lastScreenshot;
  private WebDriver driver;

  private TasklistBrowser(String lastScreenshot) {
    this.lastScreenshot = lastScreenshot;
  }

  /** A browser per test, leaving {@code lastScreenshot} ({@code .png} and {@code .html}) of where each test ended. */
  static TasklistBrowser perTest(String lastScreenshot) {
    return new TasklistBrowser(lastScreenshot);
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** A new headless browser with Chinese as its language, as the hub's users have it. */
  @Override
  public void beforeEach(ExtensionContext context) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=1400,1200");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens Tasklist on the hub at {@code port} and waits for the identity provider's sign-in form. */
  WebDriverWait openTasklist(int port) {
    driver.get("http://127.0.0.1:" + port + "/operaton/app/tasklist/");
    WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
    return wait;
  }

  /** Fills and submits the sign-in form that {@link #openTasklist} waited for. */
  void signIn(String username, String password) {
    driver.findElement(By.name("username")).sendKeys(username);
    driver.findElement(By.name("password")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
  }

  /**
   * Types each value into its form field until every field holds its value at once: Tasklist may render a task's
   * form once more right after the claim, dropping what was typed before.
   */
  void fill(WebDriverWait wait, Map<By, String> fields) {
    wait.ignoring(StaleElementReferenceException.class).until(browser -> {
      boolean held = true;
      for (Map.Entry<By, String> field : fields.entrySet()) {
        WebElement input = browser.findElement(field.getKey());
        if (!field.getValue().equals(input.getDomProperty("value"))) {
          input.clear();
          input.sendKeys(field.getValue());
          held = false;
        }
      }
      return held;
    });
  }

  /** What the browser shows now, as {@code <name>.png} and {@code <name>.html}. */
  void screenshot(String name) throws IOException {
    Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource());
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      screenshot(lastScreenshot);
    } finally {
      driver.quit();
    }
  }
}
