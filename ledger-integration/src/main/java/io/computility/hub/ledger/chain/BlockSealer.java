package io.computility.hub.ledger.chain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Turns pending entries into signed blocks linked to the chain head, following a {@link SealPolicy}. */
public final class BlockSealer {

    /** Blocks sealed at most per call; the next call goes on where this one stopped. */
    private static final int BLOCKS_PER_CALL = 64;

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
     * policy's age. The pending leaves are read once and the blocks written together, so a relay batch costs the
     * same few statements whatever number of blocks it fills. The caller serialises sealing (one sealer per chain
     * at a time), else the chain would fork.
     */
    public List<Block> sealDue() {
        int max = policy.maxRecords();
        ChainStore.Pending pending = store.pending(max * BLOCKS_PER_CALL);
        List<ChainStore.PendingLeaf> leaves = pending.leaves();
        Instant now = clock.instant();
        List<Block> sealed = new ArrayList<>();
        Block previous = pending.head().orElse(null);
        for (int from = 0; from < leaves.size(); from += max) {
            List<ChainStore.PendingLeaf> content = leaves.subList(from, Math.min(leaves.size(), from + max));
            boolean full = content.size() == max;
            boolean old = !content.get(0).appendedAt().plus(policy.maxAge()).isAfter(now);
            if (!full && !old) {
                break;
            }
            previous = seal(previous, content, now);
            sealed.add(previous);
        }
        if (!sealed.isEmpty()) {
            store.saveBlocks(pending.firstPosition(), sealed);
        }
        return sealed;
    }

    private Block seal(Block head, List<ChainStore.PendingLeaf> content, Instant now) {
        MerkleTree tree = new MerkleTree(content.stream().map(p -> HexFormat.of().parseHex(p.leafHash())).toList());
        long height = head == null ? 0 : head.height() + 1;
        String previous = head == null ? Block.GENESIS_PREVIOUS_HASH : head.hash();
        Block unsigned = new Block(height, previous, HexFormat.of().formatHex(tree.root()), content.size(),
                now.truncatedTo(ChronoUnit.MILLIS), "");
        return unsigned.withSignature(HexFormat.of().formatHex(key.sign(unsigned.headerBytes())));
    }
}
