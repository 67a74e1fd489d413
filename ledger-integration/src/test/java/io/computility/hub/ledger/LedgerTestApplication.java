package io.computility.hub.ledger;

import io.computility.hub.ledger.embedded.EmbeddedLedger;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Primary;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The module's only Spring test configuration: the ledger beans, the engine, and a ledger that can be "down". */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
public class LedgerTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The hub-server assembles the modules' bundles; here only the ledger's. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/ledger");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean
    @Primary
    SwitchableLedger switchableLedger(EmbeddedLedger embedded) {
        return new SwitchableLedger(embedded);
    }

    /** The embedded ledger behind a switch that makes it unreachable, as a remote ledger can be. */
    public static final class SwitchableLedger implements Ledger {

        private final EmbeddedLedger delegate;
        private volatile boolean down;

        SwitchableLedger(EmbeddedLedger delegate) {
            this.delegate = delegate;
        }

        public void setDown(boolean down) {
            this.down = down;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public void append(List<EvidenceRecord> records) {
            if (down) {
                throw new LedgerUnavailableException("ledger switched off by the test", null);
            }
            delegate.append(records);
        }

        @Override
        public void afterRelay() {
            delegate.afterRelay();
        }

        @Override
        public List<EvidenceRecord> recordsOf(String businessKey) {
            return delegate.recordsOf(businessKey);
        }

        @Override
        public Optional<? extends RecordProof> proof(String recordId) {
            return delegate.proof(recordId);
        }
    }
}
