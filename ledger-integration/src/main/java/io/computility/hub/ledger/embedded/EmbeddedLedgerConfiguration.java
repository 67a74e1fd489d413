package io.computility.hub.ledger.embedded;

import io.computility.hub.ledger.LedgerProperties;
import io.computility.hub.ledger.chain.EvidenceChain;
import io.computility.hub.ledger.chain.NodeKey;
import io.computility.hub.ledger.chain.SealPolicy;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded evidence chain, the default ledger ({@code hub.ledger.type=embedded}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "hub.ledger", name = "type", havingValue = "embedded", matchIfMissing = true)
class EmbeddedLedgerConfiguration {

    @Bean
    EmbeddedLedger embeddedLedger(ChainMapper mapper, JdbcTemplate jdbc, LedgerProperties properties,
                                  ObjectProvider<Clock> clock) {
        LedgerProperties.Embedded embedded = properties.embedded();
        MybatisChainStore store = new MybatisChainStore(mapper, jdbc);
        EvidenceChain chain = new EvidenceChain(store, NodeKey.loadOrCreate(embedded.nodeKeyFile()),
                new SealPolicy(embedded.blockMaxRecords(), embedded.blockMaxAge()),
                clock.getIfAvailable(Clock::systemUTC));
        return new EmbeddedLedger(chain, store);
    }
}
