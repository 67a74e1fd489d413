package io.computility.hub.ledger.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Backlog gauges: {@code hub.ledger.backlog.records} and {@code hub.ledger.backlog.age} (seconds). */
@Component
class BacklogMetrics implements MeterBinder {

    private final OutboxRelay relay;

    BacklogMetrics(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("hub.ledger.backlog.records", relay, r -> r.backlog().size())
                .description("Evidence records waiting in the outbox")
                .tag("ledger", relay.ledgerName())
                .register(registry);
        TimeGauge.builder("hub.ledger.backlog.age", relay, TimeUnit.MILLISECONDS, r -> r.backlog().age().toMillis())
                .description("How long the oldest waiting evidence record has waited")
                .tag("ledger", relay.ledgerName())
                .register(registry);
    }
}
