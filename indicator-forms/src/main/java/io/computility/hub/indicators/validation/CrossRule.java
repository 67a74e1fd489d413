package io.computility.hub.indicators.validation;

import java.math.BigDecimal;

/**
 * A rule between indicators of one submission: {@code left operator right}, where right is another indicator or a
 * constant ({@code RS.CAP.USED <= RS.CAP.TOTAL}, {@code PC.ENERGY.PUE >= 1.0}). A rule whose operands are not both
 * reported does not apply; completeness is checked separately.
 */
public record CrossRule(String code, String leftCode, String operator, String rightCode, BigDecimal rightConstant,
    String descriptionZh, String descriptionEn) {

  /** Whether the rule holds for these operands. */
  public boolean holds(BigDecimal left, BigDecimal right) {
    int comparison = left.compareTo(right);
    return switch (operator) {
      case "<=" -> comparison <= 0;
      case "<" -> comparison < 0;
      case ">=" -> comparison >= 0;
      case ">" -> comparison > 0;
      case "=" -> comparison == 0;
      default -> throw new IllegalStateException("Unknown operator in rule " + code + ": " + operator);
    };
  }
}
