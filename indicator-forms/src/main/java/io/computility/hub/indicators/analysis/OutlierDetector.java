package io.computility.hub.indicators.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * Robust z-scores (Iglewicz and Hoaglin): {@code 0.6745 (x − median) / MAD}, where MAD is the median absolute
 * deviation. Unlike the mean and standard deviation, median and MAD are not dragged by the outlier itself, so one
 * wild value stands out even in a short series. Pure.
 *
 * @param threshold |z| above which a value is an outlier (3.5 is the customary choice)
 * @param minSample the fewest reference values to judge by; fewer yields no score
 */
public record OutlierDetector(double threshold, int minSample) {

  private static final BigDecimal CONSISTENCY = new BigDecimal("0.6745");

  /** A value's score against its reference values; empty when there are too few. */
  public Optional<Double> score(BigDecimal value, List<BigDecimal> reference) {
    return score(value, reference(reference));
  }

  /**
   * Reference values summarised by their median and MAD, so that many values are scored against the same ones
   * (every unit of a period against its peers) without sorting them again for each.
   */
  public record Reference(int size, BigDecimal median, BigDecimal mad) {
  }

  /** Summarises reference values; too few to judge by are only counted. */
  public Reference reference(List<BigDecimal> values) {
    if (values.size() < minSample || values.isEmpty()) {
      return new Reference(values.size(), null, null);
    }
    BigDecimal median = median(values);
    return new Reference(values.size(), median, median(values.stream().map(x -> x.subtract(median).abs()).toList()));
  }

  /** A value's score against summarised reference values; empty when there are too few. */
  public Optional<Double> score(BigDecimal value, Reference reference) {
    if (reference.size() < minSample || reference.median() == null) {
      return Optional.empty();
    }
    BigDecimal median = reference.median();
    BigDecimal mad = reference.mad();
    if (mad.signum() == 0) {
      // Identical references: any different value is infinitely far; say so with a large finite score.
      return Optional.of(value.compareTo(median) == 0 ? 0.0 : Math.copySign(1e9, value.compareTo(median)));
    }
    return Optional.of(CONSISTENCY.multiply(value.subtract(median)).divide(mad, MathContext.DECIMAL64)
        .doubleValue());
  }

  /** Whether a score marks an outlier. */
  public boolean isOutlier(double score) {
    return Math.abs(score) > threshold;
  }

  static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle)
        : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
  }
}
