package io.computility.hub.ledger.fisco;

import io.computility.hub.ledger.internal.RecordRow;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Receipts of anchored records ({@code ledger_anchor}). */
@Mapper
interface AnchorMapper {

    String ANCHOR = "SELECT leaf_hash AS leafHash, batch_root AS batchRoot, leaf_index AS leafIndex,"
            + " batch_size AS batchSize, tx_hash AS txHash, block_number AS blockNumber,"
            + " contract_address AS contractAddress, " + RecordRow.COLUMNS + " FROM ledger_anchor";

    @Select("<script>SELECT record_id FROM ledger_anchor WHERE record_id IN "
            + "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<String> existing(@Param("ids") Collection<String> ids);

    @Insert("<script>INSERT INTO ledger_anchor (leaf_hash, batch_root, leaf_index, batch_size, tx_hash, block_number,"
            + " contract_address, anchored_at, " + RecordRow.INSERT_COLUMNS + ") VALUES "
            + "<foreach item='r' collection='rows' separator=','>(#{r.leafHash}, #{r.batchRoot}, #{r.leafIndex},"
            + " #{r.batchSize}, #{r.txHash}, #{r.blockNumber}, #{r.contractAddress}, #{anchoredAt}, "
            + RecordRow.VALUES + ")</foreach></script>")
    void insert(@Param("rows") List<AnchorRow> rows, @Param("anchoredAt") long anchoredAt);

    @Select(ANCHOR + " WHERE record_id = #{recordId}")
    AnchorRow anchor(@Param("recordId") String recordId);

    @Select("SELECT leaf_hash FROM ledger_anchor WHERE batch_root = #{batchRoot} ORDER BY leaf_index")
    List<String> batchLeaves(@Param("batchRoot") String batchRoot);

    @Select(ANCHOR + " WHERE business_key = #{businessKey} ORDER BY seq")
    List<AnchorRow> anchorsOf(@Param("businessKey") String businessKey);

    /** A row of {@code ledger_anchor}. */
    class AnchorRow extends RecordRow {
        public String leafHash;
        public String batchRoot;
        public int leafIndex;
        public int batchSize;
        public String txHash;
        public long blockNumber;
        public String contractAddress;
    }
}
