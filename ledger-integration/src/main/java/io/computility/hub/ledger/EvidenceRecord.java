package io.computility.hub.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One fact put on the ledger: a process step or a key business record.
 *
 * <p>{@code recordId} is the idempotency key: the ledger keeps one entry per id whatever the number of deliveries.
 * {@code businessKey} ties records to a business object (an order id, a bill id); {@code payloadDigest} is the
 * hex SM3 digest of the step's variables or of the business document, so the payload itself never leaves the hub.
 * Times are kept to the millisecond because that is what the canonical encoding carries.
 *
 * <p>{@code region} (a GB/T 2260 code, or {@code null} when the record concerns no one region) is access metadata
 * kept beside the record — which regional regulator may read it — and is not part of the canonical bytes: it is not
 * what a proof attests.
 */
public record EvidenceRecord(
        String recordId,
        EvidenceType type,
        Instant occurredAt,
        String processKey,
        Integer processVersion,
        String processInstanceId,
        String businessKey,
        String activityId,
        String activityName,
        String actor,
        String detail,
        String payloadDigest,
        String region) {

    /** Version tag that opens every canonical encoding; a new layout gets a new tag. */
    static final String ENCODING_TAG = "hub-evidence-v1";

    public EvidenceRecord {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(type, "type");
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MILLIS);
    }

    /** A record that concerns no one region. */
    public EvidenceRecord(String recordId, EvidenceType type, Instant occurredAt, String processKey,
                          Integer processVersion, String processInstanceId, String businessKey, String activityId,
                          String activityName, String actor, String detail, String payloadDigest) {
        this(recordId, type, occurredAt, processKey, processVersion, processInstanceId, businessKey, activityId,
                activityName, actor, detail, payloadDigest, null);
    }

    /** A key business record, e.g. {@code business("order-42-created", "order.created", "42", "alice", now, digest)}. */
    public static EvidenceRecord business(String recordId, String kind, String businessKey, String actor,
                                          Instant occurredAt, String payloadDigest) {
        return business(recordId, kind, businessKey, actor, null, occurredAt, payloadDigest);
    }

    /** A key business record about {@code region} ({@code null}: no one region). */
    public static EvidenceRecord business(String recordId, String kind, String businessKey, String actor,
                                          String region, Instant occurredAt, String payloadDigest) {
        return new EvidenceRecord(recordId, EvidenceType.BUSINESS, occurredAt, null, null, null, businessKey,
                null, null, actor, kind, payloadDigest, region);
    }

    /**
     * The bytes that are hashed: the tag, then every field in declaration order, each as a 4-byte big-endian
     * length (-1 for null) followed by its UTF-8 text; the time is its epoch milliseconds in decimal.
     * Length prefixes make the encoding unambiguous, so two different records never share an encoding.
     */
    public byte[] canonicalBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (String field : new String[] {ENCODING_TAG, recordId, type.name(), Long.toString(occurredAt.toEpochMilli()),
                processKey, processVersion == null ? null : processVersion.toString(), processInstanceId, businessKey,
                activityId, activityName, actor, detail, payloadDigest}) {
            writeField(out, field);
        }
        return out.toByteArray();
    }

    private static void writeField(ByteArrayOutputStream out, String field) {
        byte[] bytes = field == null ? null : field.getBytes(StandardCharsets.UTF_8);
        int length = bytes == null ? -1 : bytes.length;
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        if (bytes != null) {
            out.write(bytes, 0, bytes.length);
        }
    }
}
