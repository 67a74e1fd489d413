package io.computility.hub.ledger.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.computility.hub.ledger.EvidenceRecorder;
import io.computility.hub.workers.evidence.BusinessEvidence;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The modules' {@link BusinessEvidence} port on the ledger outbox. The document is hashed in a canonical JSON form
 * (keys sorted, instants as ISO-8601 text), so anyone holding the same facts computes the same SM3 digest.
 */
@Component
class OutboxBusinessEvidence implements BusinessEvidence {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .build();

    private final EvidenceRecorder recorder;

    OutboxBusinessEvidence(EvidenceRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void record(String kind, String businessKey, String owner, String region, Map<String, ?> facts) {
        recorder.recordBusiness(kind + ":" + businessKey, kind, businessKey, owner, region, canonical(facts));
    }

    /** The exact bytes whose SM3 digest is recorded. */
    static byte[] canonical(Map<String, ?> facts) {
        try {
            return CANONICAL.writeValueAsBytes(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Facts cannot be serialised: " + e.getOriginalMessage(), e);
        }
    }
}
