package io.computility.hub.ledger.fisco;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.ledger.chain.Sm3;
import java.util.List;
import org.fisco.bcos.sdk.v3.BcosSDK;
import org.fisco.bcos.sdk.v3.client.Client;
import org.fisco.bcos.sdk.v3.crypto.CryptoSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Against a real FISCO BCOS chain: runs only when FISCO_CONFIG names the SDK's config.toml and FISCO_CONTRACT the
 * deployed EvidenceAnchor address (FISCO_GROUP defaults to group0). Skipped on machines without a chain.
 */
@EnabledIfEnvironmentVariable(named = "FISCO_CONFIG", matches = ".+")
class FiscoLiveTest {

    @Test
    void anchorsABatchAndGetsAReceipt() {
        BcosSDK sdk = BcosSDK.build(System.getenv("FISCO_CONFIG"));
        try {
            String group = System.getenv().getOrDefault("FISCO_GROUP", "group0");
            Client client = sdk.getClient(group);
            CryptoSuite suite = client.getCryptoSuite();
            AnchorTransactions transactions = new AnchorTransactions(suite, suite.generateRandomKeyPair());
            SdkAnchorSender sender = new SdkAnchorSender(client, transactions, System.getenv("FISCO_CONTRACT"));
            byte[] leaf = Sm3.leaf(("live-" + System.nanoTime()).getBytes());

            AnchorSender.AnchorReceipt receipt = sender.send(new EvidenceAnchorAbi(suite).anchor(leaf, List.of(leaf)));

            assertThat(receipt.transactionHash()).startsWith("0x");
            assertThat(receipt.blockNumber()).isPositive();
        } finally {
            sdk.stopAll();
        }
    }
}
