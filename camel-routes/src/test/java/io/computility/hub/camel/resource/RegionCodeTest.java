package io.computility.hub.camel.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

  @Test
  void rollsUpByPrefix() {
    RegionCode shenzhen = RegionCode.of("440300");

    assertThat(shenzhen.prefix()).isEqualTo("4403");
    assertThat(shenzhen.province()).isEqualTo(RegionCode.of("440000"));
    assertThat(RegionCode.of("110000").prefix()).isEqualTo("11");
    assertThat(shenzhen.within("44")).isTrue();
    assertThat(shenzhen.within("440000")).isTrue();
    assertThat(shenzhen.within("440300")).isTrue();
    assertThat(shenzhen.within("440100")).isFalse();
    assertThat(shenzhen.within("110000")).isFalse();
    assertThat(RegionCode.of("520000").isProvince()).isTrue();
    assertThat(shenzhen.isProvince()).isFalse();
  }

  @Test
  void rejectsAnythingButSixDigits() {
    for (String bad : new String[] {"11000", "1100000", "abcdef", "010000", ""}) {
      assertThatThrownBy(() -> RegionCode.of(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
