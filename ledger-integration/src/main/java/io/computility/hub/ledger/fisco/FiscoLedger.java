package io.computility.hub.ledger.fisco;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.Ledger;
import io.computility.hub.ledger.chain.MerkleTree;
import io.computility.hub.ledger.chain.Sm3;
import io.computility.hub.ledger.fisco.AnchorMapper.AnchorRow;
import io.computility.hub.ledger.fisco.AnchorSender.AnchorReceipt;
import io.computility.hub.ledger.internal.RecordRow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * FISCO BCOS as the ledger: each relay batch becomes one transaction anchoring the batch's SM3 Merkle root and its
 * record hashes in the evidence contract; the receipt is stored against every record of the batch. Records already
 * anchored are skipped, and the contract ignores a root it holds, so a retried batch has no second effect.
 */
public class FiscoLedger implements Ledger {

    private final AnchorMapper anchors;
    private final AnchorSender sender;
    private final EvidenceAnchorAbi abi;
    private final String contract;
    private final Clock clock;

    FiscoLedger(AnchorMapper anchors, AnchorSender sender, EvidenceAnchorAbi abi, String contract, Clock clock) {
        this.anchors = anchors;
        this.sender = sender;
        this.abi = abi;
        this.contract = contract;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "fisco";
    }

    @Override
    public void append(List<EvidenceRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>(anchors.existing(records.stream().map(EvidenceRecord::recordId).toList()));
        List<EvidenceRecord> fresh = records.stream().filter(r -> seen.add(r.recordId())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        List<byte[]> leaves = fresh.stream().map(r -> Sm3.leaf(r.canonicalBytes())).toList();
        byte[] root = new MerkleTree(leaves).root();
        AnchorReceipt receipt = sender.send(abi.anchor(root, leaves));
        List<AnchorRow> rows = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            AnchorRow row = new AnchorRow();
            row.fill(fresh.get(i));
            row.leafHash = HexFormat.of().formatHex(leaves.get(i));
            row.batchRoot = HexFormat.of().formatHex(root);
            row.leafIndex = i;
            row.batchSize = fresh.size();
            row.txHash = receipt.transactionHash();
            row.blockNumber = receipt.blockNumber();
            row.contractAddress = contract;
            rows.add(row);
        }
        anchors.insert(rows, clock.millis());
    }

    @Override
    public List<EvidenceRecord> recordsOf(String businessKey) {
        return anchors.anchorsOf(businessKey).stream().map(RecordRow::toRecord).toList();
    }

    @Override
    public Optional<AnchorProof> proof(String recordId) {
        AnchorRow row = anchors.anchor(recordId);
        if (row == null) {
            return Optional.empty();
        }
        MerkleTree batch = new MerkleTree(anchors.batchLeaves(row.batchRoot).stream()
                .map(HexFormat.of()::parseHex).toList());
        List<String> path = batch.proof(row.leafIndex).stream().map(HexFormat.of()::formatHex).toList();
        return Optional.of(new AnchorProof(row.toRecord(), row.leafIndex, row.batchSize, path, row.batchRoot,
                row.txHash, row.blockNumber, row.contractAddress));
    }
}
