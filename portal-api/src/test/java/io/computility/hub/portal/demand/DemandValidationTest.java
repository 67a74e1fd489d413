package io.computility.hub.portal.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.workers.billing.Project;
import io.computility.hub.workers.placement.ResourceKind;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a demand must be to be published; each refusal names its field. */
class DemandValidationTest {

  private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

  @Test
  void aCompleteDemandPasses() {
    assertThatCode(() -> DemandValidation.check(draft(2, 120, null, Set.of("110000"), "110000", 30, 0), NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void eachBadFieldIsNamed() {
    assertField(new DemandDraft(null, 1, 60, null, null, null, null, 0, 0, null, null, false, false,
        PaymentMode.PREPAID), "kind");
    assertField(new DemandDraft(ResourceKind.INTELLIGENT_GPU, 1, 60, null, null, null, null, 0, 0, null, null,
        false, false, null), "paymentMode");
    assertField(draft(0, 60, null, Set.of(), null, 0, 0), "quantity");
    assertField(draft(1, 0, null, Set.of(), null, 0, 0), "durationMinutes");
    assertField(draft(1, DemandValidation.MAX_DURATION_MINUTES + 1, null, Set.of(), null, 0, 0), "durationMinutes");
    assertField(draft(1, 60, NOW.minusSeconds(3600), Set.of(), null, 0, 0), "start");
    assertField(draft(1, 60, null, Set.of("Beijing"), null, 0, 0), "allowedRegions");
    assertField(draft(1, 60, null, Set.of(), "11000", 0, 0), "userRegion");
    assertField(draft(1, 60, null, Set.of(), null, 20, 0), "userRegion");
    assertField(draft(1, 60, null, Set.of(), "110000", -1, 0), "maxLatencyMillis");
    assertField(draft(1, 60, null, Set.of(), null, 0, -5), "budgetFen");
  }

  @Test
  void aProjectNeedsACodeOfLettersDigitsAndPunctuationAndAPrintableName() {
    assertThatCode(() -> DemandValidation.check(project("ai-lab_2026.q4", "大模型训练 / LLM training"), NOW))
        .doesNotThrowAnyException();
    assertField(project(null, "Lab"), "project.code");
    assertField(project("", "Lab"), "project.code");
    assertField(project("-lab", "Lab"), "project.code");
    assertField(project("ai lab", "Lab"), "project.code");
    assertField(project("实验室", "Lab"), "project.code");
    assertField(project("a".repeat(Project.MAX_CODE_LENGTH + 1), "Lab"), "project.code");
    assertField(project("lab", null), "project.name");
    assertField(project("lab", "  "), "project.name");
    assertField(project("lab", "Lab\nsecond line"), "project.name");
    assertField(project("lab", "名".repeat(Project.MAX_NAME_LENGTH + 1)), "project.name");
    assertThatCode(() -> DemandValidation.check(project("a".repeat(Project.MAX_CODE_LENGTH),
        "名".repeat(Project.MAX_NAME_LENGTH)), NOW)).doesNotThrowAnyException();
  }

  @Test
  void aStartJustBehindTheHubsClockIsTolerated() {
    assertThatCode(() -> DemandValidation.check(draft(1, 60, NOW.minusSeconds(60), Set.of(), null, 0, 0), NOW))
        .doesNotThrowAnyException();
  }

  private static DemandDraft draft(long quantity, long minutes, Instant start, Set<String> regions, String userRegion,
      int latency, long budget) {
    return new DemandDraft(ResourceKind.INTELLIGENT_GPU, quantity, minutes, start, regions, Set.of(), userRegion,
        latency, budget, null, null, false, false, PaymentMode.PREPAID);
  }

  private static DemandDraft project(String code, String name) {
    return new DemandDraft(ResourceKind.INTELLIGENT_GPU, 1, 60, null, Set.of(), Set.of(), null, 0, 0, null, null,
        false, false, PaymentMode.POSTPAID, new Project(code, name));
  }

  private static void assertField(DemandDraft draft, String field) {
    assertThatThrownBy(() -> DemandValidation.check(draft, NOW)).isInstanceOfSatisfying(DemandProblem.Invalid.class,
        problem -> assertThat(problem.field()).isEqualTo(field));
  }
}
