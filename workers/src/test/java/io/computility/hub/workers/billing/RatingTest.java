package io.computility.hub.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingTest {

  private final Rating rating = new Rating();
  private final PricePlan gpuPlan = new PricePlan("gpu-a100", 3,
      Map.of(Meter.GPU_HOURS, 1_999L, Meter.NETWORK_GB, 80L), Instant.parse("2026-11-27T00:00:00Z"));

  @Test
  void eachLineIsQuantityTimesUnitPriceRoundedHalfUpToTheFen() {
    RatedUsage rated = rating.rate("o1", gpuPlan, Map.of(
        // 1.234567 × 1 999 = 2 467.899433 fen → 2 468
        Meter.GPU_HOURS, new BigDecimal("1.234567"),
        // 0.00625 × 80 = 0.5 fen exactly → half-up to 1
        Meter.NETWORK_GB, new BigDecimal("0.006250")));

    assertThat(rated.lines()).extracting(BillLine::meter, BillLine::unit, BillLine::unitPriceFen, BillLine::amountFen)
        .containsExactly(
            tuple(Meter.GPU_HOURS, "GPU·h", 1_999L, 2_468L),
            tuple(Meter.NETWORK_GB, "GB", 80L, 1L));
    assertThat(rated.totalFen()).isEqualTo(2_469);
    assertThat(rated.planVersion()).isEqualTo(3);
    assertThat(rated.productId()).isEqualTo("gpu-a100");
  }

  @Test
  void justBelowHalfAFenRoundsDownAndTheTotalIsTheSumOfRoundedLines() {
    RatedUsage rated = rating.rate("o2", gpuPlan, Map.of(
        // 0.000249 × 1 999 = 0.497751 fen → 0
        Meter.GPU_HOURS, new BigDecimal("0.000249"),
        // 0.018749 × 80 = 1.49992 fen → 1
        Meter.NETWORK_GB, new BigDecimal("0.018749")));

    assertThat(rated.lines()).extracting(BillLine::amountFen).containsExactly(0L, 1L);
    // Unrounded the sum would be 1.997671 fen (2); the bill shows lines, so their sum it is.
    assertThat(rated.totalFen()).isEqualTo(1);
  }

  @Test
  void everyPricedMeterHasALineAndUnpricedUsageIsNotCharged() {
    RatedUsage rated = rating.rate("o3", gpuPlan, Map.of(Meter.GPU_HOURS, new BigDecimal("2"),
        Meter.CORE_HOURS, new BigDecimal("100")));

    assertThat(rated.lines()).extracting(BillLine::lineNo, BillLine::meter, BillLine::amountFen).containsExactly(
        tuple(1, Meter.GPU_HOURS, 3_998L),
        tuple(2, Meter.NETWORK_GB, 0L));
    assertThat(rated.totalFen()).isEqualTo(3_998);
  }
}
