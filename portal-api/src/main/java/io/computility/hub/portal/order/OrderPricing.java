package io.computility.hub.portal.order;

import io.computility.hub.camel.metering.UsageMeters;
import io.computility.hub.camel.resource.Product;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.workers.billing.Charge;
import io.computility.hub.workers.billing.PricePlan;
import io.computility.hub.workers.billing.PricePlans;
import io.computility.hub.workers.metering.Meter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The price plan an order is rated with: the listed product's price per unit-hour, as the price of the bundle of
 * the pool's primary meter that one unit-hour is (a unit-hour of an 8-card server is 8 GPU·h, of a 56-core instance
 * 56 core·h), so the listed price is charged exactly; plus {@code hub.orders.network-fen-per-gb} per network GB. The plan is versioned by the billing module; an unchanged price keeps the current version.
 */
@Component
class OrderPricing {

  private final ResourceInventory inventory;
  private final UsageMeters meters;
  private final PricePlans plans;
  private final OrderProperties properties;

  OrderPricing(ResourceInventory inventory, UsageMeters meters, PricePlans plans, OrderProperties properties) {
    this.inventory = inventory;
    this.meters = meters;
    this.plans = plans;
    this.properties = properties;
  }

  /** The plan of the product listed on {@code poolId}. */
  PricePlan plan(String poolId, String productId) {
    ResourcePool pool = inventory.pool(poolId).orElseThrow(() -> new IllegalStateException("Unknown pool " + poolId));
    Product product = inventory.listedProducts().stream().filter(p -> p.id().equals(productId)).findFirst()
        .orElseThrow(() -> new IllegalStateException("Product " + productId + " is not listed"));
    UsageMeters.PrimaryMeter primary = meters.primary(pool);
    return plans.ensure(productId, List.of(
        Charge.perBundle(primary.meter(), product.priceFenPerHour(), primary.perUnitHour()),
        Charge.perUnit(Meter.NETWORK_GB, properties.networkFenPerGb())));
  }
}
