package io.computility.hub.ledger.chain;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.RecordProof;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything needed to check one record offline with only the node's public key: the record, its place in its
 * block's Merkle tree, the audit path and the signed block header.
 */
public record EvidenceProof(EvidenceRecord record, int leafIndex, List<String> path, Block block)
        implements RecordProof {

    /** Problems found, empty when the record is on the ledger unaltered. */
    public List<String> check(NodeKey.PublicKey key) {
        List<String> problems = new ArrayList<>();
        byte[] leaf = Sm3.leaf(record.canonicalBytes());
        List<byte[]> siblings = path.stream().map(HexFormat.of()::parseHex).toList();
        if (!MerkleTree.verify(leaf, leafIndex, block.recordCount(), siblings,
                HexFormat.of().parseHex(block.merkleRoot()))) {
            problems.add("record " + record.recordId() + " does not lead to the Merkle root of block "
                    + block.height() + " (record altered or proof wrong)");
        }
        if (!block.signedBy(key)) {
            problems.add("block " + block.height() + " is not signed by this key (header altered or foreign key)");
        }
        return problems;
    }
}
