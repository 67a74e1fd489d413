package io.computility.hub.indicators.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** GB/T 2260 codes: prefixes, levels, containment and parents. */
class RegionCodeTest {

  @Test
  void prefixAndLevelFollowTheTrailingZeros() {
    assertThat(RegionCode.NATION.prefix()).isEmpty();
    assertThat(new RegionCode("110000").prefix()).isEqualTo("11");
    assertThat(new RegionCode("440100").prefix()).isEqualTo("4401");
    assertThat(new RegionCode("440106").prefix()).isEqualTo("440106");
    assertThat(new RegionCode("440106").level()).isEqualTo(3);
    assertThat(new RegionCode("440100").level()).isEqualTo(2);
  }

  @Test
  void aRegionContainsItsDescendantsOnly() {
    assertThat(new RegionCode("110000").contains(new RegionCode("110105"))).isTrue();
    assertThat(new RegionCode("110000").contains(new RegionCode("310115"))).isFalse();
    assertThat(RegionCode.NATION.contains(new RegionCode("310115"))).isTrue();
  }

  @Test
  void parentsClimbCountyCityProvinceNation() {
    RegionCode county = new RegionCode("440106");
    assertThat(county.parent()).isEqualTo(new RegionCode("440100"));
    assertThat(county.parent().parent()).isEqualTo(new RegionCode("440000"));
    assertThat(county.atLevel(0)).isEqualTo(RegionCode.NATION);
    assertThat(county.atLevel(1)).isEqualTo(new RegionCode("440000"));
  }

  @Test
  void refusesCodesThatAreNotSixDigits() {
    assertThatThrownBy(() -> new RegionCode("11")).isInstanceOf(IllegalArgumentException.class);
    assertThat(RegionCode.isValid("11000a")).isFalse();
  }
}
