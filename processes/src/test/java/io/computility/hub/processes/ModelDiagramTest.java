package io.computility.hub.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.ScriptTask;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every model under {@code processes/} opens in Camunda Modeler as business staff expect: a shape for every flow
 * node (boundary events included), an edge with waypoints for every sequence flow, a name on every flow node, and
 * no logic hidden in script tasks. No engine needed: the models are parsed with the BPMN model API.
 */
class ModelDiagramTest {

  static Stream<Resource> models() throws IOException {
    Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn");
    assertThat(found).as("BPMN models under processes/").isNotEmpty();
    return Arrays.stream(found);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyFlowNodeHasANamedShape(Resource model) throws IOException {
    BpmnModelInstance instance = read(model);
    Set<String> shaped = ids(instance.getModelElementsByType(BpmnShape.class).stream()
        .map(BpmnShape::getBpmnElement).toList());
    Collection<FlowNode> nodes = instance.getModelElementsByType(FlowNode.class);

    assertThat(nodes).extracting(FlowNode::getId).as("flow nodes without a BPMNShape").allMatch(shaped::contains);
    assertThat(nodes).filteredOn(node -> node.getName() == null || node.getName().isBlank())
        .extracting(FlowNode::getId).as("flow nodes without a name").isEmpty();
    assertThat(instance.getModelElementsByType(ScriptTask.class)).as("script tasks").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everySequenceFlowHasAnEdgeWithWaypoints(Resource model) throws IOException {
    BpmnModelInstance instance = read(model);
    List<BpmnEdge> edges = List.copyOf(instance.getModelElementsByType(BpmnEdge.class));
    Set<String> drawn = ids(edges.stream().filter(edge -> edge.getWaypoints().size() >= 2)
        .map(BpmnEdge::getBpmnElement).toList());

    assertThat(instance.getModelElementsByType(SequenceFlow.class)).extracting(SequenceFlow::getId)
        .as("sequence flows without a BPMNEdge of two or more waypoints").allMatch(drawn::contains);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyProcessIsVersionedAndExpires(Resource model) throws IOException {
    for (Process process : read(model).getModelElementsByType(Process.class)) {
      assertThat(process.getName()).as("name of %s", process.getId()).isNotBlank();
      assertThat(process.getOperatonVersionTag()).as("versionTag of %s", process.getId()).isNotBlank();
      assertThat(process.getOperatonHistoryTimeToLiveString()).as("historyTimeToLive of %s", process.getId())
          .isNotBlank();
    }
  }

  private static BpmnModelInstance read(Resource model) throws IOException {
    try (InputStream in = model.getInputStream()) {
      return Bpmn.readModelFromStream(in);
    }
  }

  private static Set<String> ids(List<? extends BaseElement> elements) {
    return elements.stream().filter(element -> element != null).map(BaseElement::getId).collect(Collectors.toSet());
  }
}
