package io.computility.hub.indicators.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An effectiveness scoring model (M-9.6): weighted indicators, each normalised per period by min–max across the
 * entities compared (regions or units) so that 100 is the best and 0 the worst; an entity's score is the weighted
 * mean of its normalised values over the indicators it reported. Pure.
 */
public record ScoringModel(String code, String nameZh, String nameEn, List<Criterion> criteria) {

  public ScoringModel {
    criteria = List.copyOf(criteria);
  }

  /**
   * One weighted indicator.
   *
   * @param higherIsBetter {@code false} for indicators such as PUE, where less is better
   */
  public record Criterion(String indicatorCode, BigDecimal weight, boolean higherIsBetter) {
  }

  /** One entity's normalised value of one criterion and its weighted contribution. */
  public record Part(String indicatorCode, BigDecimal value, BigDecimal normalised, BigDecimal weight) {
  }

  /** One entity's rank, score and breakdown. */
  public record Ranked(int rank, String entity, BigDecimal score, List<Part> breakdown) {
  }

  /**
   * Ranks entities by score, best first; equal scores share a rank.
   *
   * @param values entity to indicator code to value
   */
  public List<Ranked> rank(Map<String, Map<String, BigDecimal>> values) {
    Map<String, BigDecimal[]> ranges = new LinkedHashMap<>();
    for (Criterion criterion : criteria) {
      values.values().stream().map(byIndicator -> byIndicator.get(criterion.indicatorCode()))
          .filter(value -> value != null)
          .forEach(value -> ranges.merge(criterion.indicatorCode(), new BigDecimal[] {value, value},
              (a, b) -> new BigDecimal[] {a[0].min(b[0]), a[1].max(b[1])}));
    }
    List<Ranked> scored = new ArrayList<>();
    values.forEach((entity, byIndicator) -> {
      List<Part> parts = new ArrayList<>();
      BigDecimal weighted = BigDecimal.ZERO;
      BigDecimal weights = BigDecimal.ZERO;
      for (Criterion criterion : criteria) {
        BigDecimal value = byIndicator.get(criterion.indicatorCode());
        if (value == null) {
          continue;
        }
        BigDecimal normalised = normalise(value, ranges.get(criterion.indicatorCode()), criterion.higherIsBetter());
        parts.add(new Part(criterion.indicatorCode(), value, normalised, criterion.weight()));
        weighted = weighted.add(normalised.multiply(criterion.weight()));
        weights = weights.add(criterion.weight());
      }
      if (weights.signum() > 0) {
        scored.add(new Ranked(0, entity, weighted.divide(weights, MathContext.DECIMAL64)
            .setScale(2, RoundingMode.HALF_UP), parts));
      }
    });
    scored.sort(Comparator.comparing(Ranked::score).reversed().thenComparing(Ranked::entity));
    List<Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Ranked entry = scored.get(i);
      int rank = i > 0 && entry.score().compareTo(scored.get(i - 1).score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new Ranked(rank, entry.entity(), entry.score(), entry.breakdown()));
    }
    return ranked;
  }

  private static BigDecimal normalise(BigDecimal value, BigDecimal[] range, boolean higherIsBetter) {
    BigDecimal span = range[1].subtract(range[0]);
    if (span.signum() == 0) {
      return BigDecimal.valueOf(100);
    }
    BigDecimal position = higherIsBetter ? value.subtract(range[0]) : range[1].subtract(value);
    return position.multiply(BigDecimal.valueOf(100)).divide(span, MathContext.DECIMAL64)
        .setScale(2, RoundingMode.HALF_UP);
  }
}
