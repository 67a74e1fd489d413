package io.computility.hub.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BalanceStateTest {

  private static final BigDecimal FIFTH = new BigDecimal("0.2");

  @Test
  void lowBelowTheShareExhaustedAtOrBelowZero() {
    assertThat(BalanceState.of(2_000, 10_000, FIFTH)).isEqualTo(BalanceState.OK);
    assertThat(BalanceState.of(1_999, 10_000, FIFTH)).isEqualTo(BalanceState.LOW);
    assertThat(BalanceState.of(1, 10_000, FIFTH)).isEqualTo(BalanceState.LOW);
    assertThat(BalanceState.of(0, 10_000, FIFTH)).isEqualTo(BalanceState.EXHAUSTED);
    assertThat(BalanceState.of(-5, 10_000, FIFTH)).isEqualTo(BalanceState.EXHAUSTED);
    assertThat(BalanceState.of(1, 0, FIFTH)).isEqualTo(BalanceState.OK);
  }
}
