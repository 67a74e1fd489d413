package io.computility.hub.indicators.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.computility.hub.indicators.catalogue.Aggregation;
import io.computility.hub.indicators.catalogue.Indicator;
import io.computility.hub.indicators.catalogue.IndicatorStatus;
import io.computility.hub.indicators.catalogue.ValueType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation rules: completeness, type, range, choice, cross-indicator rules; each names indicator and rule. */
class SubmissionValidatorTest {

  private static final Indicator TOTAL = numeric("RS.CAP.TOTAL", ValueType.NUMBER, "0", "100000");
  private static final Indicator USED = numeric("RS.CAP.USED", ValueType.NUMBER, "0", "100000");
  private static final Indicator PUE = numeric("PC.ENERGY.PUE", ValueType.NUMBER, "1", "3");
  private static final Indicator RACKS = numeric("CI.DC.RACKS", ValueType.COUNT, "0", null);
  private static final Indicator SECTOR = new Indicator("SA.BIZ.SECTOR", "SA.BIZ", 3, "主要服务行业",
      "Main sector served", null, null, null, ValueType.CHOICE, Aggregation.LAST, null, null, null,
      "INTERNET,FINANCE", IndicatorStatus.ACTIVE, 1);

  private static final List<CrossRule> RULES = List.of(
      new CrossRule("USED_LE_TOTAL", "RS.CAP.USED", "<=", "RS.CAP.TOTAL", null, "已用不超过总量",
          "Used must not exceed total"),
      new CrossRule("PUE_GE_ONE", "PC.ENERGY.PUE", ">=", null, BigDecimal.ONE, "PUE不小于1", "PUE at least 1"));

  private final SubmissionValidator validator = new SubmissionValidator(List.of(TOTAL, USED, PUE, RACKS, SECTOR),
      RULES);

  @Test
  void acceptsACompleteConsistentSubmission() {
    SubmissionValidator.Report report = validator.check(values("12.5", "8", "1.3", "120", "FINANCE"));

    assertThat(report.valid()).isTrue();
    assertThat(report.values().get("RS.CAP.TOTAL").number()).isEqualByComparingTo("12.5");
    assertThat(report.values().get("SA.BIZ.SECTOR").text()).isEqualTo("FINANCE");
  }

  @Test
  void usedAboveTotalBreaksTheCrossRuleNamingTheIndicator() {
    assertThat(validator.check(values("10", "12", "1.3", "120", "FINANCE")).violations())
        .extracting(Violation::indicator, Violation::rule)
        .containsExactly(tuple("RS.CAP.USED", "USED_LE_TOTAL"));
  }

  @Test
  void pueBelowOneIsOutOfRange() {
    assertThat(validator.check(values("10", "5", "0.95", "120", "FINANCE")).violations())
        .extracting(Violation::indicator, Violation::rule)
        .containsExactly(tuple("PC.ENERGY.PUE", "range"));
  }

  @Test
  void thePueRuleHoldsEvenWhereTheRangeWouldAllowLess() {
    Indicator loosePue = numeric("PC.ENERGY.PUE", ValueType.NUMBER, "0", "3");
    SubmissionValidator loose = new SubmissionValidator(List.of(loosePue), RULES);

    assertThat(loose.check(Map.of("PC.ENERGY.PUE", "0.8")).violations())
        .extracting(Violation::rule).containsExactly("PUE_GE_ONE");
  }

  @Test
  void reportsMissingWrongTypeFractionalCountsBadChoicesAndUnknownIndicators() {
    Map<String, Object> raw = values("", "abc", "1.2", "3.5", "MINING");
    raw.put("XX.UNKNOWN", "1");

    assertThat(validator.check(raw).violations())
        .extracting(Violation::indicator, Violation::rule)
        .containsExactlyInAnyOrder(
            tuple("XX.UNKNOWN", "unknown-indicator"),
            tuple("RS.CAP.TOTAL", "required"),
            tuple("RS.CAP.USED", "type"),
            tuple("CI.DC.RACKS", "type"),
            tuple("SA.BIZ.SECTOR", "choice"));
  }

  @Test
  void crossRulesWithAMissingOperandDoNotApply() {
    SubmissionValidator partial = new SubmissionValidator(List.of(USED), RULES);

    assertThat(partial.check(Map.of("RS.CAP.USED", "12")).valid()).isTrue();
  }

  private static Map<String, Object> values(String total, String used, String pue, String racks, String sector) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("RS.CAP.TOTAL", total);
    values.put("RS.CAP.USED", used);
    values.put("PC.ENERGY.PUE", pue);
    values.put("CI.DC.RACKS", racks);
    values.put("SA.BIZ.SECTOR", sector);
    return values;
  }

  private static Indicator numeric(String code, ValueType type, String min, String max) {
    return new Indicator(code, code.substring(0, code.lastIndexOf('.')), 3, code, code, null, null, null, type,
        Aggregation.SUM, null, new BigDecimal(min), max == null ? null : new BigDecimal(max), null,
        IndicatorStatus.ACTIVE, 1);
  }
}
