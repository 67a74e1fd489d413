package io.computility.hub.camel.resource;

import java.time.Instant;

/**
 * A sellable product cut from a resource pool. Keeps its last state besides the current one so that a retried
 * transition resumes where it stopped.
 *
 * @param id the product id
 * @param poolId the pool it sells
 * @param name display name
 * @param spec the vendor spec of one unit
 * @param priceFenPerHour price of one unit-hour in minor units
 * @param currency ISO 4217 currency
 * @param state current lifecycle state
 * @param lastState the state before the last transition, {@code null} for a new draft
 * @param updatedAt last change
 */
public record Product(String id, String poolId, String name, String spec, long priceFenPerHour, String currency,
    ProductState state, ProductState lastState, Instant updatedAt) {

  /** This product moved to {@code target}; rejects transitions the lifecycle does not allow. */
  public Product moveTo(ProductState target, Instant at) {
    if (!state.canMoveTo(target)) {
      throw new IllegalStateException("Product " + id + " cannot move from " + state + " to " + target);
    }
    return new Product(id, poolId, name, spec, priceFenPerHour, currency, target, state, at);
  }
}
