package io.computility.hub.ledger.engine;

import io.computility.hub.ledger.EvidenceRecorder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.incident.IncidentHandler;
import org.operaton.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts every step of every process on the ledger: registers the {@link StepParseListener} and incident handlers
 * that record into the outbox. The Spring Boot starter applies every {@code ProcessEnginePlugin} bean.
 */
@Component
class EvidencePlugin extends AbstractProcessEnginePlugin {

    private final StepRecorder steps;

    EvidencePlugin(EvidenceRecorder recorder, ObjectProvider<Clock> clock) {
        this.steps = new StepRecorder(recorder, clock.getIfAvailable(Clock::systemUTC));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new StepParseListener(steps));
        configuration.setCustomPostBPMNParseListeners(listeners);

        List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomIncidentHandlers());
        handlers.add(new RecordingIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE, steps));
        handlers.add(new RecordingIncidentHandler(Incident.EXTERNAL_TASK_HANDLER_TYPE, steps));
        configuration.setCustomIncidentHandlers(handlers);
    }
}
