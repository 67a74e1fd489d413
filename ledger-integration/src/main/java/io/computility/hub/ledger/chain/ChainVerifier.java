package io.computility.hub.ledger.chain;

import io.computility.hub.ledger.chain.Finding.Problem;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Re-derives the whole chain from the stored records and checks every hash, link and signature, so any altered,
 * removed or reordered record or block is reported with its block and position.
 */
public final class ChainVerifier {

    private final NodeKey.PublicKey key;

    /** A verifier trusting only {@code key}. */
    public ChainVerifier(NodeKey.PublicKey key) {
        this.key = key;
    }

    /** Verifies every block of {@code store} and its records. */
    public VerificationReport verify(ChainStore store) {
        List<Finding> findings = new ArrayList<>();
        long records = 0;
        Block previous = null;
        List<Block> blocks = store.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            checkLink(block, previous, i, findings);
            if (!block.signedBy(key)) {
                findings.add(new Finding(block.height(), null, null, Problem.BAD_SIGNATURE));
            }
            List<ChainEntry> entries = store.entries(block.height());
            records += entries.size();
            checkRecords(block, entries, findings);
            previous = block;
        }
        return new VerificationReport(blocks.size(), records, List.copyOf(findings));
    }

    private static void checkLink(Block block, Block previous, int position, List<Finding> findings) {
        long expectedHeight = previous == null ? 0 : previous.height() + 1;
        if (block.height() != expectedHeight || position == 0 && block.height() != 0) {
            findings.add(new Finding(block.height(), null, null, Problem.HEIGHT_GAP));
        }
        String expectedPrevious = previous == null ? Block.GENESIS_PREVIOUS_HASH : previous.hash();
        if (!expectedPrevious.equals(block.previousHash())) {
            findings.add(new Finding(block.height(), null, null, Problem.BROKEN_LINK));
        }
    }

    private static void checkRecords(Block block, List<ChainEntry> entries, List<Finding> findings) {
        List<byte[]> leaves = new ArrayList<>(entries.size());
        int expectedIndex = 0;
        for (ChainEntry entry : entries) {
            int index = entry.leafIndex() == null ? -1 : entry.leafIndex();
            for (; expectedIndex < index; expectedIndex++) {
                findings.add(new Finding(block.height(), expectedIndex, null, Problem.RECORD_MISSING));
            }
            expectedIndex = Math.max(expectedIndex, index + 1);
            String recomputed = ChainEntry.leafHashOf(entry.record());
            if (!recomputed.equals(entry.leafHash())) {
                findings.add(new Finding(block.height(), entry.leafIndex(), entry.record().recordId(),
                        Problem.RECORD_ALTERED));
            }
            leaves.add(HexFormat.of().parseHex(recomputed));
        }
        for (; expectedIndex < block.recordCount(); expectedIndex++) {
            findings.add(new Finding(block.height(), expectedIndex, null, Problem.RECORD_MISSING));
        }
        String root = leaves.isEmpty() ? null : HexFormat.of().formatHex(new MerkleTree(leaves).root());
        if (!block.merkleRoot().equals(root) || leaves.size() != block.recordCount()) {
            findings.add(new Finding(block.height(), null, null, Problem.ROOT_MISMATCH));
        }
    }
}
