package io.computility.hub.ledger.embedded;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.Ledger;
import io.computility.hub.ledger.chain.EvidenceChain;
import io.computility.hub.ledger.chain.EvidenceProof;
import java.util.List;
import java.util.Optional;

/** The default ledger: the SM2/SM3 evidence chain in the hub's own database. */
public class EmbeddedLedger implements Ledger {

    private final EvidenceChain chain;
    private final MybatisChainStore store;

    EmbeddedLedger(EvidenceChain chain, MybatisChainStore store) {
        this.chain = chain;
        this.store = store;
    }

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public void append(List<EvidenceRecord> records) {
        chain.append(records);
    }

    @Override
    public void afterRelay() {
        chain.sealDue();
    }

    @Override
    public List<EvidenceRecord> recordsOf(String businessKey) {
        return store.recordsOf(businessKey);
    }

    @Override
    public Optional<EvidenceProof> proof(String recordId) {
        return chain.proof(recordId);
    }

    /** The chain itself, for verification and the published key. */
    public EvidenceChain chain() {
        return chain;
    }
}
