package io.computility.hub.indicators.validation;

import io.computility.hub.indicators.catalogue.Indicator;
import io.computility.hub.indicators.catalogue.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one unit's values for one period (M-9.3, issue item 5): completeness against the expected indicators,
 * type and range per indicator, then the cross-indicator rules. Every failure names the indicator and the rule.
 * Pure: no Spring, no database.
 */
public final class SubmissionValidator {

  private final Map<String, Indicator> expected = new LinkedHashMap<>();
  private final List<CrossRule> rules;

  /**
   * @param expected the indicators the submission must contain (a data set's, or those pushed)
   * @param rules the cross-indicator rules to apply where both operands are present
   */
  public SubmissionValidator(List<Indicator> expected, List<CrossRule> rules) {
    expected.forEach(indicator -> this.expected.put(indicator.code(), indicator));
    this.rules = List.copyOf(rules);
  }

  /** The outcome: the values that parsed, and every violation. */
  public record Report(Map<String, ReportedValue> values, List<Violation> violations) {
    public boolean valid() {
      return violations.isEmpty();
    }
  }

  /**
   * Checks raw values as entered (strings from forms and files, or numbers from JSON).
   *
   * @param raw indicator code to value; blank strings count as missing
   */
  public Report check(Map<String, ?> raw) {
    Map<String, ReportedValue> values = new LinkedHashMap<>();
    List<Violation> violations = new ArrayList<>();
    raw.forEach((code, value) -> {
      if (!expected.containsKey(code)) {
        violations.add(new Violation(code, "unknown-indicator", "Indicator " + code
            + " is not collected here / 该指标不在本次采集范围内"));
      }
    });
    for (Indicator indicator : expected.values()) {
      Object value = raw.get(indicator.code());
      if (value == null || value.toString().isBlank()) {
        violations.add(new Violation(indicator.code(), "required", indicator.label() + ": a value is required"
            + " / 必须填报"));
        continue;
      }
      checkOne(indicator, value, violations).ifPresent(parsed -> values.put(indicator.code(), parsed));
    }
    for (CrossRule rule : rules) {
      ReportedValue left = values.get(rule.leftCode());
      BigDecimal right = rule.rightCode() == null ? rule.rightConstant()
          : values.containsKey(rule.rightCode()) ? values.get(rule.rightCode()).number() : null;
      if (left == null || left.number() == null || right == null) {
        continue;
      }
      if (!rule.holds(left.number(), right)) {
        violations.add(new Violation(rule.leftCode(), rule.code(), rule.descriptionEn() + " / "
            + rule.descriptionZh() + " (" + rule.leftCode() + " = " + left.display() + " " + rule.operator() + " "
            + (rule.rightCode() == null ? "" : rule.rightCode() + " = ") + right.stripTrailingZeros().toPlainString()
            + " fails)"));
      }
    }
    return new Report(values, violations);
  }

  private Optional<ReportedValue> checkOne(Indicator indicator, Object value, List<Violation> into) {
    String text = value.toString().strip();
    if (!indicator.valueType().numeric()) {
      if (!indicator.choiceList().isEmpty() && !indicator.choiceList().contains(text)) {
        into.add(new Violation(indicator.code(), "choice", indicator.label() + ": '" + text
            + "' is not one of " + indicator.choiceList() + " / 不是可选值"));
        return Optional.empty();
      }
      return Optional.of(ReportedValue.of(text));
    }
    BigDecimal number;
    try {
      number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(text);
    } catch (NumberFormatException e) {
      into.add(new Violation(indicator.code(), "type", indicator.label() + ": '" + text + "' is not a number"
          + " / 不是数值"));
      return Optional.empty();
    }
    if (indicator.valueType() == ValueType.COUNT
        && number.stripTrailingZeros().scale() > 0) {
      into.add(new Violation(indicator.code(), "type", indicator.label() + ": a count must be a whole number"
          + " / 必须为整数"));
      return Optional.empty();
    }
    boolean belowMin = indicator.minValue() != null && number.compareTo(indicator.minValue()) < 0;
    boolean aboveMax = indicator.maxValue() != null && number.compareTo(indicator.maxValue()) > 0;
    if (belowMin || aboveMax) {
      into.add(new Violation(indicator.code(), "range", indicator.label() + ": " + number.toPlainString()
          + " is outside [" + plain(indicator.minValue()) + ", " + plain(indicator.maxValue()) + "] / 超出允许范围"));
      return Optional.empty();
    }
    return Optional.of(ReportedValue.of(number));
  }

  private static String plain(BigDecimal bound) {
    return bound == null ? "" : bound.stripTrailingZeros().toPlainString();
  }
}
