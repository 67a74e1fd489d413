package io.computility.hub.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.computility.hub.indicators.catalogue.Aggregation;
import io.computility.hub.indicators.units.RegionCode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roll-up by region code prefix: county → city → province → nation, by aggregation rule. */
class RegionRollupTest {

  // Two Beijing districts, one Guangzhou district, one Shenzhen district
  private final Map<String, Partial> byCounty = Map.of(
      "110105", partial("10", 1, "8", "10"),
      "110108", partial("30", 2, "18", "20"),
      "440106", partial("5", 1, "4", "5"),
      "440305", partial("15", 1, "3", "15"));

  @Test
  void sumsRollUpToProvincesAndTheNation() {
    assertThat(RegionRollup.rollUp(byCounty, 1, Aggregation.SUM, RegionCode.NATION))
        .extracting(RegionRollup.RegionValue::regionCode, value -> value.value().intValue(),
            RegionRollup.RegionValue::units)
        .containsExactly(tuple("110000", 40, 3L), tuple("440000", 20, 2L));
    assertThat(RegionRollup.rollUp(byCounty, 0, Aggregation.SUM, RegionCode.NATION))
        .extracting(value -> value.value().intValue()).containsExactly(60);
  }

  @Test
  void citiesStaySeparateWithinAProvince() {
    assertThat(RegionRollup.rollUp(byCounty, 2, Aggregation.SUM, new RegionCode("440000")))
        .extracting(RegionRollup.RegionValue::regionCode).containsExactly("440100", "440300");
  }

  @Test
  void weightedIndicatorsAverageByTheirWeight() {
    // Guangdong: (4 + 3) / (5 + 15) = 0.35 weighted, against a plain mean of 10
    assertThat(RegionRollup.rollUp(byCounty, 1, Aggregation.WEIGHTED, new RegionCode("440000")))
        .singleElement().satisfies(value -> assertThat(value.value()).isEqualByComparingTo("0.35"));
    assertThat(RegionRollup.rollUp(byCounty, 1, Aggregation.AVERAGE, new RegionCode("440000")))
        .singleElement().satisfies(value -> assertThat(value.value()).isEqualByComparingTo("10"));
  }

  @Test
  void aScopeKeepsOtherRegionsOut() {
    assertThat(RegionRollup.rollUp(byCounty, 3, Aggregation.SUM, new RegionCode("110000")))
        .extracting(RegionRollup.RegionValue::regionCode).containsExactly("110105", "110108");
  }

  private static Partial partial(String sum, long count, String weightedSum, String weightTotal) {
    return new Partial(new BigDecimal(sum), count, new BigDecimal(weightedSum), new BigDecimal(weightTotal));
  }
}
