package io.computility.hub.ledger.internal;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.EvidenceType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** An evidence record as a table row (outbox and chain share the columns); MyBatis fills the fields by alias. */
public class RecordRow {

    /** Select list of the record columns, aliased to the fields. */
    public static final String COLUMNS = "record_id AS recordId, record_type AS recordType, occurred_at AS occurredAt,"
            + " process_key AS processKey, process_version AS processVersion,"
            + " process_instance_id AS processInstanceId, business_key AS businessKey, activity_id AS activityId,"
            + " activity_name AS activityName, actor, detail, payload_digest AS payloadDigest, region";

    /** Column list for inserts, in the order of {@link #VALUES}. */
    public static final String INSERT_COLUMNS = "record_id, record_type, occurred_at, process_key, process_version,"
            + " process_instance_id, business_key, activity_id, activity_name, actor, detail, payload_digest, region";

    /** Insert values of an item named {@code r} (a {@code RecordRow}). */
    public static final String VALUES = "#{r.recordId}, #{r.recordType}, #{r.occurredAt}, #{r.processKey},"
            + " #{r.processVersion}, #{r.processInstanceId}, #{r.businessKey}, #{r.activityId}, #{r.activityName},"
            + " #{r.actor}, #{r.detail}, #{r.payloadDigest}, #{r.region}";

    public String recordId;
    public String recordType;
    public long occurredAt;
    public String processKey;
    public Integer processVersion;
    public String processInstanceId;
    public String businessKey;
    public String activityId;
    public String activityName;
    public String actor;
    public String detail;
    public String payloadDigest;
    public String region;

    /** The row of {@code record}. */
    public static RecordRow of(EvidenceRecord record) {
        RecordRow row = new RecordRow();
        row.fill(record);
        return row;
    }

    /** Sets the record columns of this row (of any row type) from {@code record}. */
    public void fill(EvidenceRecord record) {
        this.recordId = record.recordId();
        this.recordType = record.type().name();
        this.occurredAt = record.occurredAt().toEpochMilli();
        this.processKey = record.processKey();
        this.processVersion = record.processVersion();
        this.processInstanceId = record.processInstanceId();
        this.businessKey = record.businessKey();
        this.activityId = record.activityId();
        this.activityName = record.activityName();
        this.actor = record.actor();
        this.detail = record.detail();
        this.payloadDigest = record.payloadDigest();
        this.region = record.region();
    }

    /** Binds the record columns in {@link #INSERT_COLUMNS} order from {@code index} on; returns the next index. */
    public int bind(PreparedStatement statement, int index) throws SQLException {
        int i = index;
        statement.setString(i++, recordId);
        statement.setString(i++, recordType);
        statement.setLong(i++, occurredAt);
        statement.setString(i++, processKey);
        if (processVersion == null) {
            statement.setNull(i++, Types.INTEGER);
        } else {
            statement.setInt(i++, processVersion);
        }
        for (String text : new String[] {processInstanceId, businessKey, activityId, activityName, actor, detail,
                payloadDigest, region}) {
            statement.setString(i++, text);
        }
        return i;
    }

    /** The record of this row. */
    public EvidenceRecord toRecord() {
        return new EvidenceRecord(recordId, EvidenceType.valueOf(recordType), Instant.ofEpochMilli(occurredAt),
                processKey, processVersion, processInstanceId, businessKey, activityId, activityName, actor, detail,
                payloadDigest, region);
    }
}
