package io.computility.hub.camel.resource;

import java.util.Map;
import java.util.Set;

/** A product's lifecycle (R-6.3 c): draft → listed → delisted → retired; a delisted product may be listed again. */
public enum ProductState {
  DRAFT, LISTED, DELISTED, RETIRED;

  private static final Map<ProductState, Set<ProductState>> NEXT = Map.of(
      DRAFT, Set.of(LISTED, RETIRED),
      LISTED, Set.of(DELISTED),
      DELISTED, Set.of(LISTED, RETIRED),
      RETIRED, Set.of());

  /** Whether the lifecycle allows moving from this state to {@code target}. */
  public boolean canMoveTo(ProductState target) {
    return NEXT.get(this).contains(target);
  }
}
