package io.computility.hub.ledger.embedded;

import io.computility.hub.ledger.internal.RecordRow;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The embedded chain's tables. */
@Mapper
interface ChainMapper {

    String ENTRY = "SELECT position, leaf_hash AS leafHash, appended_at AS appendedAt, " + RecordRow.COLUMNS
            + " FROM ledger_entry";
    String BLOCK = "SELECT height, first_position AS firstPosition, previous_hash AS previousHash,"
            + " merkle_root AS merkleRoot, record_count AS recordCount, sealed_at AS sealedAt, signature"
            + " FROM ledger_block";

    @Select("SELECT MAX(position) FROM ledger_entry")
    Long maxPosition();

    @Select("SELECT leaf_hash AS leafHash, appended_at AS appendedAt FROM ledger_entry"
            + " WHERE position >= #{from} ORDER BY position LIMIT #{limit}")
    List<LeafRow> leavesFrom(@Param("from") long from, @Param("limit") int limit);

    @Select(ENTRY + " WHERE position BETWEEN #{first} AND #{last} ORDER BY position")
    List<EntryRow> entriesBetween(@Param("first") long first, @Param("last") long last);

    /** The entry with the block holding it (the last block starting at or before it; null columns if none). */
    @Select("SELECT position, leaf_hash AS leafHash, appended_at AS appendedAt, " + RecordRow.COLUMNS
            + ", b.height AS blockHeight, b.first_position AS blockFirst, b.record_count AS blockCount"
            + " FROM ledger_entry e LEFT JOIN ledger_block b ON b.first_position ="
            + " (SELECT MAX(first_position) FROM ledger_block WHERE first_position <= e.position)"
            + " WHERE e.record_id = #{recordId}")
    EntryRow entry(@Param("recordId") String recordId);

    @Select(ENTRY + " WHERE business_key = #{businessKey} ORDER BY position")
    List<EntryRow> entriesOf(@Param("businessKey") String businessKey);

    @Select(BLOCK + " ORDER BY height DESC LIMIT 1")
    BlockRow head();

    @Select(BLOCK + " WHERE height = #{height}")
    BlockRow block(@Param("height") long height);

    @Select(BLOCK + " ORDER BY height")
    List<BlockRow> blocks();

    @Insert("<script>INSERT INTO ledger_block (height, first_position, previous_hash, merkle_root, record_count,"
            + " sealed_at, signature, block_hash) VALUES <foreach item='b' collection='blocks' separator=','>"
            + "(#{b.height}, #{b.firstPosition}, #{b.previousHash}, #{b.merkleRoot}, #{b.recordCount}, #{b.sealedAt},"
            + " #{b.signature}, #{b.blockHash})</foreach></script>")
    void insertBlocks(@Param("blocks") List<BlockRow> blocks);

    /** A row of {@code ledger_entry}. */
    class EntryRow extends RecordRow {
        public long position;
        public String leafHash;
        public long appendedAt;
        /** Filled by {@link #entry}: the block that may hold the entry. */
        public Long blockHeight;
        public Long blockFirst;
        public Integer blockCount;
    }

    /** The leaf columns of a {@code ledger_entry} row. */
    class LeafRow {
        public String leafHash;
        public long appendedAt;
    }

    /** A row of {@code ledger_block}. */
    class BlockRow {
        public long height;
        public long firstPosition;
        public String previousHash;
        public String merkleRoot;
        public int recordCount;
        public long sealedAt;
        public String signature;
        public String blockHash;
    }
}
