package io.computility.hub.ledger.fisco;

import io.computility.hub.ledger.LedgerProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Objects;
import org.fisco.bcos.sdk.v3.BcosSDK;
import org.fisco.bcos.sdk.v3.client.Client;
import org.fisco.bcos.sdk.v3.crypto.CryptoSuite;
import org.fisco.bcos.sdk.v3.model.CryptoType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** FISCO BCOS as the active ledger ({@code hub.ledger.type=fisco}); see deploy/fisco-bcos.md. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "hub.ledger", name = "type", havingValue = "fisco")
class FiscoConfiguration {

    @Bean(destroyMethod = "stopAll")
    BcosSDK bcosSdk(LedgerProperties properties) {
        return BcosSDK.build(properties.fisco().configFile());
    }

    @Bean
    FiscoLedger fiscoLedger(BcosSDK sdk, AnchorMapper anchors, LedgerProperties properties,
                            ObjectProvider<Clock> clock) {
        LedgerProperties.Fisco fisco = properties.fisco();
        Client client = sdk.getClient(fisco.group());
        CryptoSuite suite = client.getCryptoSuite();
        if (suite.getCryptoTypeConfig() != CryptoType.SM_TYPE) {
            throw new IllegalStateException("group " + fisco.group() + " does not use the SM crypto suite");
        }
        Objects.requireNonNull(fisco.contractAddress(), "hub.ledger.fisco.contract-address is not set");
        Objects.requireNonNull(fisco.accountKeyFile(), "hub.ledger.fisco.account-key-file is not set");
        String privateKey;
        try {
            privateKey = Files.readString(fisco.accountKeyFile()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the FISCO account key " + fisco.accountKeyFile(), e);
        }
        AnchorTransactions transactions = new AnchorTransactions(suite, suite.loadKeyPair(privateKey));
        return new FiscoLedger(anchors, new SdkAnchorSender(client, transactions, fisco.contractAddress()),
                new EvidenceAnchorAbi(suite), fisco.contractAddress(), clock.getIfAvailable(Clock::systemUTC));
    }
}
