package io.computility.hub.ledger.outbox;

import io.computility.hub.ledger.LedgerProperties;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code ledger}: DOWN once the oldest undelivered record is older than
 * {@code hub.ledger.health.max-backlog-age}; a briefly unreachable ledger alone keeps it UP (the outbox absorbs it).
 */
@Component("ledger")
class LedgerHealthIndicator implements HealthIndicator {

    private final OutboxRelay relay;
    private final Duration maxAge;

    LedgerHealthIndicator(OutboxRelay relay, LedgerProperties properties) {
        this.relay = relay;
        this.maxAge = properties.health().maxBacklogAge();
    }

    @Override
    public Health health() {
        Backlog backlog = relay.backlog();
        Health.Builder health = backlog.age().compareTo(maxAge) > 0 ? Health.down() : Health.up();
        health.withDetail("ledger", relay.ledgerName())
                .withDetail("backlog", backlog.size())
                .withDetail("backlogAgeSeconds", backlog.age().toSeconds())
                .withDetail("consecutiveFailures", relay.consecutiveFailures());
        String error = relay.lastError();
        if (error != null) {
            health.withDetail("lastError", error);
        }
        return health.build();
    }
}
