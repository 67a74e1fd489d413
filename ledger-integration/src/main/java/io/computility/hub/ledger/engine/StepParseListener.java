package io.computility.hub.ledger.engine;

import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;

/**
 * Adds the evidence listeners to every process the engine deploys: process start and end, the end of every
 * activity, user-task completion and caught BPMN errors (error boundary events and error start events). No model needs to mention the ledger.
 */
class StepParseListener implements BpmnParseListener {

    private final ExecutionListener processStarted;
    private final ExecutionListener processEnded;
    private final ExecutionListener activityEnded;
    private final ExecutionListener errorCaught;
    private final TaskListener userTaskCompleted;

    StepParseListener(StepRecorder steps) {
        this.processStarted = steps::processStarted;
        this.processEnded = steps::processEnded;
        this.activityEnded = steps::activityEnded;
        this.errorCaught = steps::errorCaught;
        this.userTaskCompleted = steps::userTaskCompleted;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, processStarted);
        processDefinition.addListener(ExecutionListener.EVENTNAME_END, processEnded);
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
        if (element.element("errorEventDefinition") != null) {
            activity.addListener(ExecutionListener.EVENTNAME_START, errorCaught);
        }
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addTaskListener(TaskListener.EVENTNAME_COMPLETE, userTaskCompleted);
    }

    @Override
    public void parseExclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseInclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseParallelGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseEventBasedGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseScriptTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseManualTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseTransaction(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
    }

    @Override
    public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        ended(activity);
        if (element.element("errorEventDefinition") != null) {
            activity.addListener(ExecutionListener.EVENTNAME_START, errorCaught);
        }
    }

    private void ended(ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_END, activityEnded);
    }
}
