package io.computility.hub.ledger.chain;

import io.computility.hub.ledger.EvidenceRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded evidence chain: appends records idempotently, seals them into signed blocks and answers inclusion
 * proofs and full verifications. Free of Spring; storage is a {@link ChainStore}.
 */
public final class EvidenceChain {

    private static final int CACHED_BLOCKS = 256;

    private final ChainStore store;
    private final NodeKey key;
    private final BlockSealer sealer;
    private final Clock clock;
    /**
     * Blocks never change once sealed, so recent ones are kept with their trees: a proof then costs one entry lookup
     * and a walk up the levels. (Tampering with stored rows is what {@link #verify()} finds.)
     */
    private final Map<Long, SealedBlock> sealed = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, SealedBlock> eldest) {
            return size() > CACHED_BLOCKS;
        }
    };

    public EvidenceChain(ChainStore store, NodeKey key, SealPolicy policy, Clock clock) {
        this.store = store;
        this.key = key;
        this.clock = clock;
        this.sealer = new BlockSealer(store, key, policy, clock);
    }

    /**
     * Adds the records the chain does not hold yet (by record id) as pending entries.
     *
     * @return how many were new
     */
    public int append(List<EvidenceRecord> records) {
        Collection<String> known = store.existing(records.stream().map(EvidenceRecord::recordId).toList());
        Set<String> seen = new HashSet<>(known);
        Instant now = clock.instant();
        List<ChainEntry> fresh = records.stream()
                .filter(r -> seen.add(r.recordId()))
                .map(r -> ChainEntry.pending(r, now))
                .toList();
        if (!fresh.isEmpty()) {
            store.append(fresh);
        }
        return fresh.size();
    }

    /** Seals the blocks that are due; see {@link BlockSealer#sealDue()}. */
    public List<Block> sealDue() {
        return sealer.sealDue();
    }

    /** The inclusion proof of {@code recordId}, once its block is sealed. */
    public Optional<EvidenceProof> proof(String recordId) {
        Optional<ChainEntry> entry = store.entry(recordId).filter(e -> e.blockHeight() != null);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        ChainEntry e = entry.get();
        SealedBlock block = sealedBlock(e.blockHeight());
        List<String> path = block.tree().proof(e.leafIndex()).stream().map(HexFormat.of()::formatHex).toList();
        return Optional.of(new EvidenceProof(e.record(), e.leafIndex(), path, block.block()));
    }

    /** Re-derives and checks the whole chain. */
    public VerificationReport verify() {
        return new ChainVerifier(key.publicKey()).verify(store);
    }

    /** The node's public key, which verifies every block. */
    public NodeKey.PublicKey publicKey() {
        return key.publicKey();
    }

    private SealedBlock sealedBlock(long height) {
        synchronized (sealed) {
            SealedBlock cached = sealed.get(height);
            if (cached != null) {
                return cached;
            }
        }
        Block block = store.block(height).orElseThrow();
        MerkleTree tree = new MerkleTree(store.entries(height).stream()
                .map(e -> HexFormat.of().parseHex(e.leafHash())).toList());
        SealedBlock loaded = new SealedBlock(block, tree);
        synchronized (sealed) {
            sealed.put(height, loaded);
        }
        return loaded;
    }

    private record SealedBlock(Block block, MerkleTree tree) {
    }
}
