package io.computility.hub.camel.adapter;

import org.operaton.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells waiting processes that a provider finished provisioning: when an allocation becomes {@code ACTIVE} or
 * {@code FAILED}, the BPMN message {@value #MESSAGE} is correlated to every process instance whose variable
 * {@value #ALLOCATION_VARIABLE} is the allocation's id, with {@value #STATE_VARIABLE} and {@value #DETAIL_VARIABLE}.
 * Runs after the state is committed. No instance waiting is fine (the order process also polls the status); without
 * an engine (the resource layer alone) nothing is sent.
 */
@Component
class ProvisioningEvents {

  static final String MESSAGE = "ProvisioningReported";
  static final String ALLOCATION_VARIABLE = "allocationId";
  static final String STATE_VARIABLE = "provisioningState";
  static final String DETAIL_VARIABLE = "provisioningDetail";
  private static final Logger LOG = LoggerFactory.getLogger(ProvisioningEvents.class);

  private final ObjectProvider<RuntimeService> engine;
  private final TransactionTemplate ownTransaction;

  ProvisioningEvents(ObjectProvider<RuntimeService> engine, PlatformTransactionManager transactions) {
    this.engine = engine;
    // after commit the finished transaction is still bound to the thread: the engine must not join it
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void onStateChanged(AllocationStateChanged change) {
    if (change.state() != AllocationState.ACTIVE && change.state() != AllocationState.FAILED) {
      return;
    }
    RuntimeService runtime = engine.getIfAvailable();
    if (runtime == null) {
      return;
    }
    try {
      int correlated = ownTransaction.execute(status -> runtime.createMessageCorrelation(MESSAGE)
          .processInstanceVariableEquals(ALLOCATION_VARIABLE, change.allocationId())
          .setVariable(STATE_VARIABLE, change.state().name())
          .setVariable(DETAIL_VARIABLE, change.detail())
          .correlateAllWithResult().size());
      LOG.debug("{} {} of allocation {} reached {} process instance(s)", MESSAGE, change.state(),
          change.allocationId(), correlated);
    } catch (RuntimeException e) {
      // the state is stored; the order process still learns it by polling
      LOG.warn("Could not correlate {} for allocation {}: {}", MESSAGE, change.allocationId(), e.toString());
    }
  }
}
