package io.computility.hub.bench.ledger;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.EvidenceType;
import io.computility.hub.ledger.chain.MerkleTree;
import io.computility.hub.ledger.chain.Sm3;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Proof generation and checking for one record of a block, against the baseline of hashing one record with SM3.
 * Run: see bench/README.md, section "Ledger".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProofBenchmark {

    @Param({"500"})
    int blockSize;

    private List<byte[]> leaves;
    private MerkleTree tree;
    private EvidenceRecord record;

    @Setup
    public void setUp() {
        leaves = new ArrayList<>(blockSize);
        for (int i = 0; i < blockSize; i++) {
            leaves.add(Sm3.leaf(LedgerThroughput.record(i, Instant.EPOCH).canonicalBytes()));
        }
        tree = new MerkleTree(leaves);
        record = new EvidenceRecord("bench-0", EvidenceType.ACTIVITY_ENDED, Instant.EPOCH, "orderFulfilment", 3,
                "pi-0", "order-0", "reserveCapacity", "Reserve capacity", "alice", null, "ab".repeat(32));
    }

    /** Baseline: SM3 leaf hash of one canonical record. */
    @Benchmark
    public byte[] sm3OfOneRecord() {
        return Sm3.leaf(record.canonicalBytes());
    }

    /** Audit path of a random record from the block's (cached) tree. */
    @Benchmark
    public List<byte[]> proofFromCachedTree() {
        return tree.proof(ThreadLocalRandom.current().nextInt(blockSize));
    }

    /** Cold path: rebuild the block's tree from its leaf hashes, then take the audit path. */
    @Benchmark
    public List<byte[]> proofRebuildingTheTree() {
        return new MerkleTree(leaves).proof(ThreadLocalRandom.current().nextInt(blockSize));
    }

    /** What a verifier does per record: leaf hash plus walking the path to the root. */
    @Benchmark
    public boolean checkOneProof() {
        int index = ThreadLocalRandom.current().nextInt(blockSize);
        return MerkleTree.verify(leaves.get(index), index, blockSize, tree.proof(index), tree.root());
    }
}
