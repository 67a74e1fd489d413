package io.computility.hub.ledger.embedded;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.chain.Block;
import io.computility.hub.ledger.chain.ChainEntry;
import io.computility.hub.ledger.chain.ChainStore;
import io.computility.hub.ledger.embedded.ChainMapper.BlockRow;
import io.computility.hub.ledger.embedded.ChainMapper.EntryRow;
import io.computility.hub.ledger.internal.RecordRow;
import io.computility.hub.workers.jdbc.InList;
import io.computility.hub.workers.jdbc.MultiRowInsert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chain in the hub's database. Entries get gap-free positions as they are appended, and a block covers a range
 * of positions, so sealing writes one block row and never updates entries. Writes run under the relay lock.
 */
class MybatisChainStore implements ChainStore {

    /** Entries per multi-row INSERT: 15 placeholders each, well below MySQL's 65,535 per statement. */
    private static final MultiRowInsert INSERT_ENTRIES = new MultiRowInsert("ledger_entry",
            "position, leaf_hash, appended_at, " + RecordRow.INSERT_COLUMNS, 1000);

    private final ChainMapper mapper;
    private final JdbcTemplate jdbc;

    MybatisChainStore(ChainMapper mapper, JdbcTemplate jdbc) {
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public Collection<String> existing(Collection<String> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        // plain JDBC: for a relay batch of 1,000 ids MyBatis' <foreach> binding cost more than the query itself
        return jdbc.queryForList("SELECT record_id FROM ledger_entry WHERE record_id IN "
                + InList.placeholders(recordIds.size()), String.class, recordIds.toArray());
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
        INSERT_ENTRIES.insert(jdbc, rows, (statement, index, row) -> {
            statement.setLong(index, row.position);
            statement.setString(index + 1, row.leafHash);
            statement.setLong(index + 2, row.appendedAt);
            return row.bind(statement, index + 3);
        });
    }

    @Override
    public Pending pending(int limit) {
        BlockRow head = mapper.head();
        long first = head == null ? 0 : head.firstPosition + head.recordCount;
        List<PendingLeaf> leaves = mapper.leavesFrom(first, limit).stream()
                .map(r -> new PendingLeaf(r.leafHash, Instant.ofEpochMilli(r.appendedAt))).toList();
        return new Pending(Optional.ofNullable(head).map(MybatisChainStore::block), first, leaves);
    }

    @Override
    public void saveBlocks(long firstPosition, List<Block> blocks) {
        List<BlockRow> rows = new ArrayList<>(blocks.size());
        long first = firstPosition;
        for (Block block : blocks) {
            BlockRow row = new BlockRow();
            row.height = block.height();
            row.firstPosition = first;
            row.previousHash = block.previousHash();
            row.merkleRoot = block.merkleRoot();
            row.recordCount = block.recordCount();
            row.sealedAt = block.sealedAt().toEpochMilli();
            row.signature = block.signature();
            row.blockHash = block.hash();
            rows.add(row);
            first += block.recordCount();
        }
        mapper.insertBlocks(rows);
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
