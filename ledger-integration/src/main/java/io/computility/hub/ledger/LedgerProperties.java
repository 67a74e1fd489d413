package io.computility.hub.ledger;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the ledger module, prefix {@code hub.ledger}.
 *
 * @param type     which ledger the relay writes to
 * @param relay    outbox relay settings
 * @param embedded embedded evidence chain settings
 * @param fisco    FISCO BCOS settings (used when {@code type} is {@code fisco})
 * @param health   thresholds of the health indicator
 */
@ConfigurationProperties("hub.ledger")
public record LedgerProperties(
        @DefaultValue("embedded") Type type,
        @DefaultValue Relay relay,
        @DefaultValue Embedded embedded,
        @DefaultValue Fisco fisco,
        @DefaultValue Health health) {

    /** The ledger implementations. */
    public enum Type { EMBEDDED, FISCO }

    /**
     * @param enabled        whether this node runs the relay (several nodes may; they take turns on a lock row)
     * @param interval       pause between two relay runs
     * @param batchSize      outbox rows moved per transaction
     * @param initialBackoff first pause after a failure; doubled on each further failure
     * @param maxBackoff     longest pause between attempts while the ledger is down
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("500ms") Duration interval,
            @DefaultValue("1000") int batchSize,
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("60s") Duration maxBackoff) {
    }

    /**
     * @param nodeKeyFile     file holding the node's SM2 private key (created on first start; keep it secret)
     * @param blockMaxRecords a block is sealed as soon as this many records wait
     * @param blockMaxAge     or when its oldest record has waited this long
     */
    public record Embedded(
            @DefaultValue("data/ledger/node.key") Path nodeKeyFile,
            @DefaultValue("500") int blockMaxRecords,
            @DefaultValue("2s") Duration blockMaxAge) {
    }

    /**
     * @param configFile      the SDK's {@code config.toml} (peers, certificates, SM SSL); see deploy/fisco-bcos.md
     * @param group           the chain group, e.g. {@code group0}
     * @param contractAddress address of the deployed {@code EvidenceAnchor} contract
     * @param accountKeyFile  file holding the hex SM2 private key of the account that sends transactions
     */
    public record Fisco(String configFile, @DefaultValue("group0") String group, String contractAddress,
                        Path accountKeyFile) {
    }

    /** @param maxBacklogAge the health is DOWN once the oldest undelivered record is older than this */
    public record Health(@DefaultValue("5m") Duration maxBacklogAge) {
    }
}
