package io.computility.hub.ledger.outbox;

import io.computility.hub.ledger.internal.RecordRow;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The outbox table and the relay lock. */
@Mapper
interface OutboxMapper {

    /** Inserts unless the record id is there already (a repeated business call must not fail its transaction). */
    @Insert("INSERT INTO ledger_outbox (" + RecordRow.INSERT_COLUMNS + ") SELECT " + RecordRow.VALUES
            + " FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM ledger_outbox WHERE record_id = #{r.recordId})")
    int insert(@Param("r") RecordRow row);

    @Select("<script>SELECT record_id FROM ledger_outbox WHERE record_id IN "
            + "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<String> existing(@Param("ids") List<String> ids);

    @Select("SELECT seq, " + RecordRow.COLUMNS + " FROM ledger_outbox ORDER BY seq LIMIT #{limit}")
    List<OutboxRow> oldest(@Param("limit") int limit);

    /** Deletes the rows of {@code ranges}: one short statement for a relay batch, usually one range. */
    @Delete("<script>DELETE FROM ledger_outbox WHERE "
            + "<foreach item='r' collection='ranges' separator=' OR '>seq BETWEEN #{r.first} AND #{r.last}</foreach>"
            + "</script>")
    int delete(@Param("ranges") List<SeqRange> ranges);

    @Select("SELECT COUNT(*) AS size, MIN(occurred_at) AS oldest FROM ledger_outbox")
    BacklogRow backlog();

    /** Serialises relays across hub nodes until the transaction ends. */
    @Select("SELECT name FROM ledger_lock WHERE name = 'relay' FOR UPDATE")
    String lockRelay();

    /** An outbox row. */
    class OutboxRow extends RecordRow {
        public long seq;
    }

    /** Size and oldest record time of the outbox. */
    class BacklogRow {
        public long size;
        public Long oldest;
    }
}
