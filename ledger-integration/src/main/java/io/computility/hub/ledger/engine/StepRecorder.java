package io.computility.hub.ledger.engine;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.EvidenceRecorder;
import io.computility.hub.ledger.EvidenceType;
import java.time.Clock;
import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.operaton.bpm.engine.impl.bpmn.parser.ErrorEventDefinition;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.runtime.Incident;

/**
 * Builds the evidence record of an engine step and puts it into the outbox, inside the engine's command and so in
 * its transaction. Record ids derive from engine ids (activity instance, task, incident), which never repeat; they
 * use {@code :} as separator so that they fit in a URL path segment.
 */
class StepRecorder {

    private final EvidenceRecorder recorder;
    private final Clock clock;

    StepRecorder(EvidenceRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    void processStarted(DelegateExecution execution) {
        record(execution, execution.getProcessInstanceId() + ":started", EvidenceType.PROCESS_STARTED, null, null,
                null);
    }

    void processEnded(DelegateExecution execution) {
        record(execution, execution.getProcessInstanceId() + ":ended", EvidenceType.PROCESS_ENDED, null, null,
                ((ExecutionEntity) execution).isCanceled() ? "cancelled" : null);
    }

    void activityEnded(DelegateExecution execution) {
        record(execution, execution.getActivityInstanceId() + ":ended", EvidenceType.ACTIVITY_ENDED,
                execution.getCurrentActivityId(), execution.getCurrentActivityName(), null);
    }

    /** A BPMN error reached its catching event (the current activity); the record names the error code. */
    void errorCaught(DelegateExecution execution) {
        record(execution, execution.getActivityInstanceId() + ":error", EvidenceType.BPMN_ERROR,
                execution.getCurrentActivityId(), execution.getCurrentActivityName(),
                errorCode(((ExecutionEntity) execution).getActivity()));
    }

    private static String errorCode(ActivityImpl handler) {
        ScopeImpl scope = handler.getEventScope();
        List<ErrorEventDefinition> definitions = scope == null ? List.of()
                : scope.getProperties().get(BpmnProperties.ERROR_EVENT_DEFINITIONS);
        return definitions.stream().filter(d -> handler.getId().equals(d.getHandlerActivityId()))
                .map(ErrorEventDefinition::getErrorCode).findFirst().orElse(null);
    }

    void userTaskCompleted(DelegateTask task) {
        String actor = authenticatedUser();
        DelegateExecution execution = task.getExecution();
        ProcessDefinitionEntity definition = ((ExecutionEntity) execution).getProcessDefinition();
        recorder.record(new EvidenceRecord("task:" + task.getId() + ":completed", EvidenceType.USER_TASK_COMPLETED,
                clock.instant(), definition.getKey(), definition.getVersion(), execution.getProcessInstanceId(),
                execution.getProcessBusinessKey(), task.getTaskDefinitionKey(), task.getName(),
                actor != null ? actor : task.getAssignee(), null, VariablesDigest.of(task.getVariables())));
    }

    void incidentCreated(Incident incident, String message) {
        ExecutionEntity execution = incident.getExecutionId() == null ? null
                : Context.getCommandContext().getExecutionManager().findExecutionById(incident.getExecutionId());
        ProcessDefinitionEntity definition = execution == null ? null : execution.getProcessDefinition();
        String detail = incident.getIncidentType() + (message == null ? "" : ": " + abbreviate(message));
        recorder.record(new EvidenceRecord("incident:" + incident.getId(), EvidenceType.INCIDENT, clock.instant(),
                definition == null ? null : definition.getKey(), definition == null ? null : definition.getVersion(),
                incident.getProcessInstanceId(), execution == null ? null : execution.getProcessBusinessKey(),
                incident.getActivityId(), null, authenticatedUser(), detail,
                execution == null ? null : VariablesDigest.of(execution.getVariables())));
    }

    private void record(DelegateExecution execution, String recordId, EvidenceType type, String activityId,
                        String activityName, String detail) {
        ProcessDefinitionEntity definition = ((ExecutionEntity) execution).getProcessDefinition();
        recorder.record(new EvidenceRecord(recordId, type, clock.instant(), definition.getKey(),
                definition.getVersion(), execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                activityId, activityName, authenticatedUser(), detail, VariablesDigest.of(execution.getVariables())));
    }

    private static String authenticatedUser() {
        return Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
    }

    private static String abbreviate(String text) {
        return text.length() <= 900 ? text : text.substring(0, 900) + "…";
    }
}
