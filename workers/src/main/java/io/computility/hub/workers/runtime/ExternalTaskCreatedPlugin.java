package io.computility.hub.workers.runtime;

import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.TransactionState;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;

/**
 * Engine plugin that raises the {@link PollSignal} once a transaction that started an external-task activity
 * has committed, so the poller fetches the new task at once instead of after its idle back-off. This stands
 * in for long polling, which the engine only offers over REST.
 */
final class ExternalTaskCreatedPlugin extends AbstractProcessEnginePlugin {

  private final PollSignal signal;

  ExternalTaskCreatedPlugin(PollSignal signal) {
    this.signal = signal;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new ParseListener(signal));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** Adds the wake-up listener to every activity whose behaviour creates an external task. */
  private record ParseListener(PollSignal signal) implements BpmnParseListener {

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      wakeUpOnStart(activity);
    }

    @Override
    public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      wakeUpOnStart(activity);
    }

    @Override
    public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      wakeUpOnStart(activity);
    }

    @Override
    public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      wakeUpOnStart(activity);
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      wakeUpOnStart(activity);
    }

    private void wakeUpOnStart(ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof ExternalTaskActivityBehavior) {
        // Built-in, so it also runs when a modification skips custom listeners.
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
            Context.getCommandContext().getTransactionContext()
                .addTransactionListener(TransactionState.COMMITTED, committed -> signal.raise()));
      }
    }
  }
}
