package io.computility.hub.camel.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProductTest {

  private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  @Test
  void followsTheLifecycleAndRemembersTheLastState() {
    Product draft = new Product("p1", "pool", "A800 × 8", "8 × A800-80G", 22_000, "CNY", ProductState.DRAFT, null,
        NOW);

    Product listed = draft.moveTo(ProductState.LISTED, NOW);
    Product delisted = listed.moveTo(ProductState.DELISTED, NOW);
    Product relisted = delisted.moveTo(ProductState.LISTED, NOW);

    assertThat(relisted.state()).isEqualTo(ProductState.LISTED);
    assertThat(relisted.lastState()).isEqualTo(ProductState.DELISTED);
    assertThat(delisted.moveTo(ProductState.RETIRED, NOW).state()).isEqualTo(ProductState.RETIRED);
    assertThatThrownBy(() -> listed.moveTo(ProductState.RETIRED, NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> draft.moveTo(ProductState.DELISTED, NOW)).isInstanceOf(IllegalStateException.class);
  }
}
