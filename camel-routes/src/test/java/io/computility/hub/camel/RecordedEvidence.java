package io.computility.hub.camel;

import io.computility.hub.workers.evidence.BusinessEvidence;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stands for the ledger module at this module's edge: keeps what was recorded and, like the ledger's outbox, refuses
 * a record made outside the caller's transaction.
 */
public final class RecordedEvidence implements BusinessEvidence {

  /** One record as the ledger would get it. */
  public record Entry(String kind, String businessKey, String owner, String region, Map<String, Object> facts) {
  }

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  @Override
  public void record(String kind, String businessKey, String owner, String region, Map<String, ?> facts) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalTransactionStateException("Business evidence is recorded in the caller's transaction");
    }
    entries.add(new Entry(kind, businessKey, owner, region, Collections.unmodifiableMap(new HashMap<>(facts))));
  }

  /** The records of one business object, oldest first. */
  public List<Entry> of(String businessKey) {
    return entries.stream().filter(entry -> entry.businessKey().equals(businessKey)).toList();
  }
}
