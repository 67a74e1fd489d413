package io.computility.hub.camel.directory;

import io.computility.hub.camel.CamelRoutesProperties;
import io.computility.hub.camel.resource.InventoryChanged;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the pool directory current off the callers' threads: a committed {@link InventoryChanged} is queued
 * ({@value #CHANGES}) and applied by the {@code pool-directory-update} route, so that a synchronisation never waits
 * for the rebuild (nor holds its database connection while the rebuild needs one); the
 * {@code pool-directory-refresh} route rebuilds on a schedule in case a change reached the model without an event.
 */
@Component
class PoolDirectoryRoutes extends RouteBuilder {

  static final String CHANGES = "seda:pool-directory-changes";

  private final LivePoolDirectory directory;
  private final ProducerTemplate producer;
  private final long periodMillis;

  PoolDirectoryRoutes(LivePoolDirectory directory, @Lazy ProducerTemplate producer,
      CamelRoutesProperties properties) {
    this.directory = directory;
    this.producer = producer;
    this.periodMillis = properties.directory().refreshPeriod().toMillis();
  }

  /** Queues a committed change; before Camel runs there is nothing to queue for (the first read builds). */
  @TransactionalEventListener(fallbackExecution = true)
  void onInventoryChanged(InventoryChanged change) {
    if (getContext() != null && getContext().isStarted()) {
      producer.sendBody(CHANGES, change);
    }
  }

  @Override
  public void configure() {
    from(CHANGES).routeId("pool-directory-update")
        .process(exchange -> directory.apply(exchange.getMessage().getBody(InventoryChanged.class)));
    from("timer:pool-directory?period=" + periodMillis + "&delay=" + periodMillis).routeId("pool-directory-refresh")
        .process(exchange -> directory.refresh());
  }
}
