package io.computility.hub.ledger;

import io.computility.hub.ledger.outbox.OutboxRelay;
import io.computility.hub.workers.runtime.PeriodicRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link LedgerProperties} and runs the outbox relay in the background; the module's other beans come from
 * component scanning of its packages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
class LedgerModuleConfiguration {

    /** Drains the outbox to the ledger every {@code hub.ledger.relay.interval}, unless the relay is disabled. */
    @Bean
    PeriodicRunner ledgerRelayLoop(OutboxRelay relay, LedgerProperties properties) {
        return new PeriodicRunner("ledger-relay", properties.relay().interval(), properties.relay().enabled(),
                relay::drain);
    }
}
