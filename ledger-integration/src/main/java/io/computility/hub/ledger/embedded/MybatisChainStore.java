package io.computility.hub.ledger.embedded;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.chain.Block;
import io.computility.hub.ledger.chain.ChainEntry;
import io.computility.hub.ledger.chain.ChainStore;
import io.computility.hub.ledger.embedded.ChainMapper.BlockRow;
import io.computility.hub.ledger.embedded.ChainMapper.EntryRow;
import io.computility.hub.ledger.internal.RecordRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The chain in the hub's database. Entries get gap-free positions as they are appended, and a block covers a range
 * of positions, so sealing writes one block row and never updates entries. Writes run under the relay lock.
 */
class MybatisChainStore implements ChainStore {

    /** Rows per multi-row INSERT: well below MySQL's 65,535 placeholders per statement. */
    private static final int INSERT_CHUNK = 500;

    private final ChainMapper mapper;

    MybatisChainStore(ChainMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Collection<String> existing(Collection<String> recordIds) {
        return recordIds.isEmpty() ? List.of() : mapper.existing(recordIds);
    }

    @Override
    public void append(List<ChainEntry> entries) {
        Long max = mapper.maxPosition();
        long next = max == null ? 0 : max + 1;
        List<EntryRow> rows = new ArrayList<>(entries.size());
        for (ChainEntry entry : entries) {
            EntryRow row = new EntryRow();
            row.fill(entry.record());
            row.position = next++;
            row.leafHash = entry.leafHash();
            row.appendedAt = entry.appendedAt().toEpochMilli();
            rows.add(row);
        }
        for (int i = 0; i < rows.size(); i += INSERT_CHUNK) {
            mapper.insertEntries(rows.subList(i, Math.min(rows.size(), i + INSERT_CHUNK)));
        }
    }

    @Override
    public List<PendingLeaf> pending(int limit) {
        return mapper.leavesFrom(firstUnsealed(), limit).stream()
                .map(r -> new PendingLeaf(r.leafHash, Instant.ofEpochMilli(r.appendedAt))).toList();
    }

    @Override
    public Optional<Block> head() {
        return Optional.ofNullable(mapper.head()).map(MybatisChainStore::block);
    }

    @Override
    public void saveBlock(Block block) {
        BlockRow row = new BlockRow();
        row.height = block.height();
        row.firstPosition = firstUnsealed();
        row.previousHash = block.previousHash();
        row.merkleRoot = block.merkleRoot();
        row.recordCount = block.recordCount();
        row.sealedAt = block.sealedAt().toEpochMilli();
        row.signature = block.signature();
        row.blockHash = block.hash();
        mapper.insertBlock(row);
    }

    @Override
    public Optional<ChainEntry> entry(String recordId) {
        EntryRow row = mapper.entry(recordId);
        if (row == null) {
            return Optional.empty();
        }
        boolean sealed = row.blockHeight != null && row.position < row.blockFirst + row.blockCount;
        return Optional.of(new ChainEntry(row.toRecord(), row.leafHash, Instant.ofEpochMilli(row.appendedAt),
                sealed ? row.blockHeight : null, sealed ? (int) (row.position - row.blockFirst) : null));
    }

    @Override
    public Optional<Block> block(long height) {
        return Optional.ofNullable(mapper.block(height)).map(MybatisChainStore::block);
    }

    @Override
    public List<Block> blocks() {
        return mapper.blocks().stream().map(MybatisChainStore::block).toList();
    }

    @Override
    public List<ChainEntry> entries(long height) {
        BlockRow block = mapper.block(height);
        if (block == null) {
            return List.of();
        }
        return mapper.entriesBetween(block.firstPosition, block.firstPosition + block.recordCount - 1).stream()
                .map(r -> entry(r, block)).toList();
    }

    /** Pending entries start right after the head block. */
    private long firstUnsealed() {
        return Optional.ofNullable(mapper.head()).map(b -> b.firstPosition + b.recordCount).orElse(0L);
    }

    /** Records with {@code businessKey}, sealed or not, in chain order. */
    List<EvidenceRecord> recordsOf(String businessKey) {
        return mapper.entriesOf(businessKey).stream().map(RecordRow::toRecord).toList();
    }

    private static ChainEntry entry(EntryRow row, BlockRow block) {
        return new ChainEntry(row.toRecord(), row.leafHash, Instant.ofEpochMilli(row.appendedAt),
                block == null ? null : block.height,
                block == null ? null : (int) (row.position - block.firstPosition));
    }

    private static Block block(BlockRow row) {
        return new Block(row.height, row.previousHash, row.merkleRoot, row.recordCount,
                Instant.ofEpochMilli(row.sealedAt), row.signature);
    }
}
