package io.computility.hub.indicators.analysis;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A mergeable partial aggregate of one indicator's values: sum, count, and the weighted sum with its weight total
 * (for indicators weighted by another one). Statistics are computed per region code in SQL and merged upwards.
 */
public record Partial(BigDecimal sum, long count, BigDecimal weightedSum, BigDecimal weightTotal) {

  /** Nothing yet. */
  public static final Partial EMPTY = new Partial(BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO);

  public Partial {
    sum = sum == null ? BigDecimal.ZERO : sum;
    weightedSum = weightedSum == null ? BigDecimal.ZERO : weightedSum;
    weightTotal = weightTotal == null ? BigDecimal.ZERO : weightTotal;
  }

  public Partial plus(Partial other) {
    return new Partial(sum.add(other.sum), count + other.count, weightedSum.add(other.weightedSum),
        weightTotal.add(other.weightTotal));
  }

  /** The mean, or {@code null} with no values. */
  public BigDecimal mean() {
    return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64);
  }

  /** The weighted mean; the plain mean where no weights were reported. */
  public BigDecimal weightedMean() {
    return weightTotal.signum() == 0 ? mean() : weightedSum.divide(weightTotal, MathContext.DECIMAL64);
  }
}
