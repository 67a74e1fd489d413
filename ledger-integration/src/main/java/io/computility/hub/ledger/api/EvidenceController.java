package io.computility.hub.ledger.api;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.Ledger;
import io.computility.hub.ledger.RecordProof;
import io.computility.hub.ledger.chain.EvidenceBundle;
import io.computility.hub.ledger.chain.EvidenceProof;
import io.computility.hub.ledger.chain.VerificationReport;
import io.computility.hub.ledger.embedded.EmbeddedLedger;
import io.computility.hub.ledger.fisco.AnchorProof;
import io.computility.hub.workers.evidence.OrderEvidence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Evidence and its verification: proofs per record and per order, checks of held records, the node key. */
@RestController
@RequestMapping("/api/v1")
class EvidenceController {

    private final Ledger ledger;
    private final ObjectProvider<EmbeddedLedger> embedded;
    private final ObjectProvider<OrderEvidence> orders;

    EvidenceController(Ledger ledger, ObjectProvider<EmbeddedLedger> embedded, ObjectProvider<OrderEvidence> orders) {
        this.ledger = ledger;
        this.embedded = embedded;
        this.orders = orders;
    }

    /** The node's SM2 public key, to check proofs and bundles with. */
    @GetMapping("/evidence/node-key")
    NodeKeyView nodeKey() {
        return new NodeKeyView("SM2", "sm2p256v1", "1234567812345678", "SM3", publicKeyHex()
                .orElseThrow(() -> new EvidenceNotFoundException("node-key")));
    }

    /** A record with its proof (Merkle path and signed block). */
    @GetMapping("/evidence/{recordId}")
    RecordProof record(@PathVariable String recordId, Authentication caller) {
        RecordProof proof = ledger.proof(recordId).orElseThrow(() -> new EvidenceNotFoundException(recordId));
        EvidenceRecord record = proof.record();
        List<EvidenceRecord> object = record.businessKey() == null ? List.of(record)
                : ledger.recordsOf(record.businessKey());
        if (!EvidenceAccess.maySee(caller, record, object)) {
            throw new EvidenceAccessDeniedException(recordId);
        }
        return proof;
    }

    /**
     * Every final record of an order's processes and business records as one bundle; with the embedded chain it is
     * an {@link EvidenceBundle} that the offline verifier checks with the node key alone. When the order store is
     * deployed it names the order's business keys (its demand's process, the order, its bill) and its owner;
     * otherwise the records carrying the order id as business key are the order's.
     */
    @GetMapping("/orders/{orderId}/evidence")
    OrderEvidenceView order(@PathVariable String orderId, Authentication caller) {
        Optional<OrderEvidence.Subject> subject = Optional.ofNullable(orders.getIfAvailable())
                .flatMap(store -> store.of(orderId));
        List<EvidenceRecord> records = subject
                .map(s -> s.businessKeys().stream().flatMap(key -> ledger.recordsOf(key).stream()).toList())
                .orElseGet(() -> ledger.recordsOf(orderId));
        if (records.isEmpty()) {
            throw new EvidenceNotFoundException("order " + orderId);
        }
        boolean allowed = subject.map(s -> EvidenceAccess.maySeeOwnedBy(caller, s.owner(), s.region()))
                .orElseGet(() -> EvidenceAccess.maySee(caller, records));
        if (!allowed) {
            throw new EvidenceAccessDeniedException("order " + orderId);
        }
        List<RecordProof> proofs = records.stream()
                .map(r -> ledger.proof(r.recordId()))
                .flatMap(Optional::stream).map(RecordProof.class::cast)
                .toList();
        return new OrderEvidenceView("order:" + orderId, publicKeyHex().orElse(null), proofs);
    }

    /** Is this record, as the caller holds it, on the ledger unaltered? */
    @PostMapping("/evidence/verify")
    VerificationResult verify(@Valid @RequestBody VerifyRequest request, Authentication caller) {
        EvidenceRecord held = request.record();
        Optional<? extends RecordProof> stored = ledger.proof(held.recordId());
        if (stored.isEmpty()) {
            return new VerificationResult(held.recordId(), false, false,
                    List.of("no final record with this id on the ledger"), null);
        }
        EvidenceRecord onLedger = stored.get().record();
        List<EvidenceRecord> object = onLedger.businessKey() == null ? List.of(onLedger)
                : ledger.recordsOf(onLedger.businessKey());
        if (!EvidenceAccess.maySee(caller, onLedger, object)) {
            throw new EvidenceAccessDeniedException(held.recordId());
        }
        RecordProof proof = stored.get();
        List<String> problems;
        if (proof instanceof EvidenceProof p) {
            problems = new EvidenceProof(held, p.leafIndex(), p.path(), p.block())
                    .check(embedded.getObject().chain().publicKey());
        } else if (proof instanceof AnchorProof p) {
            problems = p.check(held);
        } else {
            problems = List.of("this ledger's proofs cannot be checked here");
        }
        return new VerificationResult(held.recordId(), true, problems.isEmpty(), problems, proof);
    }

    /** Full-chain verification (operators and regulators). */
    @GetMapping("/evidence/chain/verification")
    VerificationReport verifyChain(Authentication caller) {
        if (!EvidenceAccess.mayVerifyChain(caller)) {
            throw new EvidenceAccessDeniedException("the chain");
        }
        return embedded.getObject().chain().verify();
    }

    private Optional<String> publicKeyHex() {
        return Optional.ofNullable(embedded.getIfAvailable()).map(e -> e.chain().publicKey().hex());
    }

    /** The record as the caller holds it. */
    record VerifyRequest(@NotNull EvidenceRecord record) {
    }

    /**
     * @param onLedger  a final record with this id is on the ledger
     * @param unaltered the held record is exactly the one on the ledger, and its block is signed by the node
     * @param problems  why not, if not
     * @param proof     the ledger's proof of the record
     */
    record VerificationResult(String recordId, boolean onLedger, boolean unaltered, List<String> problems,
                              RecordProof proof) {
        VerificationResult {
            Objects.requireNonNull(recordId);
        }
    }

    /** The shape of {@link EvidenceBundle}, whatever the ledger's proofs. */
    record OrderEvidenceView(String subject, String publicKey, List<RecordProof> proofs) {
    }

    /** How to check signatures: algorithm, curve, signer id, hash, and the key itself. */
    record NodeKeyView(String algorithm, String curve, String userId, String hash, String publicKey) {
    }
}
