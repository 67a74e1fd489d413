package io.computility.hub.processes.camunda8;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.ExtensionElements;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;

/**
 * What the converter cannot know and the hub's conventions settle, applied to each converted model:
 *
 * <ul>
 *   <li>A message that an instance waits for gets its correlation key: {@code =businessKey} (the variable the
 *       hub's Camunda 8 {@code ProcessCommands} start every instance with), or the variable listed for that
 *       message in the correlation-keys file.</li>
 *   <li>An error boundary event's {@code camunda:errorCodeVariable} / {@code camunda:errorMessageVariable}
 *       (which Camunda 8 lacks) become task headers {@code errorCodeVariable.<code>} and
 *       {@code errorMessageVariable.<code>} ({@code *} for a catch-all) on the task it is attached to; the
 *       hub's job runner sets those variables when its worker throws that BPMN error.</li>
 * </ul>
 */
final class HubConventions {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String DEFAULT_CORRELATION_VARIABLE = "businessKey";

  private final Map<String, String> correlationVariables;

  HubConventions(Map<String, String> correlationVariables) {
    this.correlationVariables = Map.copyOf(correlationVariables);
  }

  /**
   * Reads the correlation-keys file: {@code message name<TAB>variable<TAB>why}, {@code #} comments. A message
   * not listed is correlated by business key.
   */
  static HubConventions read(Path file) throws IOException {
    Map<String, String> variables = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != 3 || fields[2].isBlank()) {
        throw new IllegalArgumentException("Line " + (i + 1) + " of the correlation keys needs three "
            + "tab-separated fields, the last the reason: " + line);
      }
      variables.put(fields[0].strip(), fields[1].strip());
    }
    return new HubConventions(variables);
  }

  /** The error variables the Camunda 7 model sets on its error boundary events, by the task they are on. */
  record ErrorVariables(String taskId, String errorCode, String codeVariable, String messageVariable) {
  }

  static List<ErrorVariables> errorVariables(org.camunda.bpm.model.bpmn.BpmnModelInstance camunda7Model) {
    List<ErrorVariables> found = new ArrayList<>();
    for (BoundaryEvent boundary : camunda7Model.getModelElementsByType(BoundaryEvent.class)) {
      for (ErrorEventDefinition definition : boundary.getChildElementsByType(ErrorEventDefinition.class)) {
        String codeVariable = definition.getAttributeValueNs(CAMUNDA_NS, "errorCodeVariable");
        String messageVariable = definition.getAttributeValueNs(CAMUNDA_NS, "errorMessageVariable");
        if (codeVariable != null || messageVariable != null) {
          String code = definition.getError() == null || definition.getError().getErrorCode() == null
              ? "*" : definition.getError().getErrorCode();
          found.add(new ErrorVariables(boundary.getAttachedTo().getId(), code, codeVariable, messageVariable));
        }
      }
    }
    return found;
  }

  /** Applies the conventions to a converted model. */
  void apply(BpmnModelInstance model, List<ErrorVariables> errorVariables) {
    for (Message message : awaitedMessages(model)) {
      ExtensionElements extensions = extensions(model, message);
      if (extensions.getChildElementsByType(ZeebeSubscription.class).isEmpty()) {
        ZeebeSubscription subscription = extensions.addExtensionElement(ZeebeSubscription.class);
        subscription.setCorrelationKey("=" + correlationVariables.getOrDefault(message.getName(),
            DEFAULT_CORRELATION_VARIABLE));
      }
    }
    for (ErrorVariables error : errorVariables) {
      BaseElement task = model.getModelElementById(error.taskId());
      if (error.codeVariable() != null) {
        header(model, task, "errorCodeVariable." + error.errorCode(), error.codeVariable());
      }
      if (error.messageVariable() != null) {
        header(model, task, "errorMessageVariable." + error.errorCode(), error.messageVariable());
      }
    }
  }

  // Messages of intermediate and boundary events and receive tasks; a start event needs no correlation key.
  private static Set<Message> awaitedMessages(BpmnModelInstance model) {
    Set<Message> messages = new LinkedHashSet<>();
    for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
      if (!(definition.getParentElement() instanceof StartEvent) && definition.getMessage() != null) {
        messages.add(definition.getMessage());
      }
    }
    for (ReceiveTask task : model.getModelElementsByType(ReceiveTask.class)) {
      if (task.getMessage() != null) {
        messages.add(task.getMessage());
      }
    }
    return messages;
  }

  private static void header(BpmnModelInstance model, BaseElement task, String key, String value) {
    ExtensionElements extensions = extensions(model, task);
    ZeebeTaskHeaders headers = extensions.getChildElementsByType(ZeebeTaskHeaders.class).stream().findFirst()
        .orElseGet(() -> extensions.addExtensionElement(ZeebeTaskHeaders.class));
    ZeebeHeader header = model.newInstance(ZeebeHeader.class);
    header.setKey(key);
    header.setValue(value);
    headers.getHeaders().add(header);
  }

  private static ExtensionElements extensions(BpmnModelInstance model, BaseElement element) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      element.setExtensionElements(extensions);
    }
    return extensions;
  }
}
