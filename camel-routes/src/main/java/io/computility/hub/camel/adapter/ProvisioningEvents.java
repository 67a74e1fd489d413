package io.computility.hub.camel.adapter;

import io.computility.hub.workers.process.ProcessCommands;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells waiting processes that a provider finished provisioning: when an allocation becomes {@code ACTIVE} or
 * {@code FAILED}, the BPMN message {@value #MESSAGE} is correlated to every process instance whose variable
 * {@value #ALLOCATION_VARIABLE} is the allocation's id, with {@value #STATE_VARIABLE} and {@value #DETAIL_VARIABLE}.
 * The committed change is queued ({@value #REPORTS}) and correlated by the {@code provisioning-reported} route, off
 * the thread that stored it. No instance waiting is fine (the order process also polls the status); without an
 * engine (the resource layer alone) nothing is sent.
 */
@Component
class ProvisioningEvents extends RouteBuilder {

  static final String MESSAGE = "ProvisioningReported";
  static final String ALLOCATION_VARIABLE = "allocationId";
  static final String STATE_VARIABLE = "provisioningState";
  static final String DETAIL_VARIABLE = "provisioningDetail";
  static final String REPORTS = "seda:provisioning-reports";
  private static final Logger LOG = LoggerFactory.getLogger(ProvisioningEvents.class);

  private final ObjectProvider<ProcessCommands> engine;
  private final ProducerTemplate producer;

  ProvisioningEvents(ObjectProvider<ProcessCommands> engine, @Lazy ProducerTemplate producer) {
    this.engine = engine;
    this.producer = producer;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void onStateChanged(AllocationStateChanged change) {
    if ((change.state() == AllocationState.ACTIVE || change.state() == AllocationState.FAILED)
        && engine.getIfAvailable() != null) {
      producer.sendBody(REPORTS, change);
    }
  }

  @Override
  public void configure() {
    from(REPORTS).routeId("provisioning-reported")
        .process(exchange -> correlate(exchange.getMessage().getBody(AllocationStateChanged.class)));
  }

  private void correlate(AllocationStateChanged change) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(STATE_VARIABLE, change.state().name());
    variables.put(DETAIL_VARIABLE, change.detail());
    try {
      engine.getObject().correlateByVariable(MESSAGE, ALLOCATION_VARIABLE, change.allocationId(), variables);
      LOG.debug("{} {} of allocation {} delivered", MESSAGE, change.state(), change.allocationId());
    } catch (ProcessCommands.NotCorrelatedException notWaiting) {
      LOG.debug("{} {} of allocation {}: no process waits for it", MESSAGE, change.state(), change.allocationId());
    } catch (RuntimeException e) {
      // the state is stored; the order process still learns it by polling
      LOG.warn("Could not correlate {} for allocation {}: {}", MESSAGE, change.allocationId(), e.toString());
    }
  }
}
