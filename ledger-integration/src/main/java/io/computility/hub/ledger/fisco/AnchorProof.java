package io.computility.hub.ledger.fisco;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.RecordProof;
import io.computility.hub.ledger.chain.MerkleTree;
import io.computility.hub.ledger.chain.Sm3;
import java.util.HexFormat;
import java.util.List;

/**
 * A record anchored on FISCO BCOS: its Merkle path to the batch root that transaction {@code transactionHash}
 * (block {@code blockNumber}) put into the evidence contract. {@link #check(EvidenceRecord)} covers the path; that the
 * root is on chain is checked with the chain itself ({@code anchoredAt(root)} or the transaction).
 */
public record AnchorProof(EvidenceRecord record, int leafIndex, int batchSize, List<String> path, String batchRoot,
                          String transactionHash, long blockNumber, String contractAddress) implements RecordProof {

    /** Problems of {@code held} against this proof; empty when it is the anchored record. */
    public List<String> check(EvidenceRecord held) {
        boolean ok = MerkleTree.verify(Sm3.leaf(held.canonicalBytes()), leafIndex, batchSize,
                path.stream().map(HexFormat.of()::parseHex).toList(), HexFormat.of().parseHex(batchRoot));
        return ok ? List.of() : List.of("record " + held.recordId() + " does not lead to the anchored batch root");
    }
}
