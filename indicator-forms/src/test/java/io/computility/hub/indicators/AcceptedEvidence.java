package io.computility.hub.indicators;

import io.computility.hub.workers.evidence.BusinessEvidence;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stands for the ledger module at this module's edge: remembers the kind and region of each business record, and
 * refuses one made outside the caller's transaction as the ledger's outbox does.
 */
public final class AcceptedEvidence implements BusinessEvidence {

  private final Map<String, String> kindAndRegion = new ConcurrentHashMap<>();

  @Override
  public void record(String kind, String businessKey, String owner, String region, Map<String, ?> facts) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalTransactionStateException("Business evidence is recorded in the caller's transaction");
    }
    kindAndRegion.put(businessKey, kind + "@" + region);
  }

  /** {@code kind@region} of the record about {@code businessKey}, or {@code null}. */
  public String of(String businessKey) {
    return kindAndRegion.get(businessKey);
  }
}
