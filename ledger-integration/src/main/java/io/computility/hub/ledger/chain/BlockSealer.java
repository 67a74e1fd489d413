package io.computility.hub.ledger.chain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Turns pending entries into signed blocks linked to the chain head, following a {@link SealPolicy}. */
public final class BlockSealer {

    private final ChainStore store;
    private final NodeKey key;
    private final SealPolicy policy;
    private final Clock clock;

    public BlockSealer(ChainStore store, NodeKey key, SealPolicy policy, Clock clock) {
        this.store = store;
        this.key = key;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Seals every block that is due: full blocks first, then a partial one whose oldest record is older than the
     * policy's age. The caller serialises sealing (one sealer per chain at a time), else the chain would fork.
     */
    public List<Block> sealDue() {
        List<Block> sealed = new ArrayList<>();
        for (Optional<Block> next = sealNext(); next.isPresent(); next = sealNext()) {
            sealed.add(next.get());
        }
        return sealed;
    }

    private Optional<Block> sealNext() {
        List<ChainStore.PendingLeaf> pending = store.pending(policy.maxRecords());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean full = pending.size() >= policy.maxRecords();
        boolean old = !pending.get(0).appendedAt().plus(policy.maxAge()).isAfter(now);
        if (!full && !old) {
            return Optional.empty();
        }
        MerkleTree tree = new MerkleTree(pending.stream().map(p -> HexFormat.of().parseHex(p.leafHash())).toList());
        Optional<Block> head = store.head();
        long height = head.map(b -> b.height() + 1).orElse(0L);
        String previous = head.map(Block::hash).orElse(Block.GENESIS_PREVIOUS_HASH);
        Block unsigned = new Block(height, previous, HexFormat.of().formatHex(tree.root()), pending.size(),
                now.truncatedTo(ChronoUnit.MILLIS), "");
        Block block = unsigned.withSignature(HexFormat.of().formatHex(key.sign(unsigned.headerBytes())));
        store.saveBlock(block);
        return Optional.of(block);
    }
}
