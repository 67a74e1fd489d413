package io.computility.hub.workers.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionCodesTest {

  @Test
  void aProvinceContainsItsCitiesAndDistrictsAndACityItsDistricts() {
    assertThat(RegionCodes.within("440305", "440000")).isTrue();
    assertThat(RegionCodes.within("440305", "440300")).isTrue();
    assertThat(RegionCodes.within("440305", "440305")).isTrue();
    assertThat(RegionCodes.within("440105", "440300")).isFalse();
    assertThat(RegionCodes.within("450000", "440000")).isFalse();
    assertThat(RegionCodes.within("440000", "440300")).isFalse();
    assertThat(RegionCodes.within("440306", "440305")).isFalse();
    assertThat(RegionCodes.within("44", "440000")).isFalse();
    assertThat(RegionCodes.province("440305")).isEqualTo("440000");
    assertThat(RegionCodes.province("110000")).isEqualTo("110000");
  }
}
