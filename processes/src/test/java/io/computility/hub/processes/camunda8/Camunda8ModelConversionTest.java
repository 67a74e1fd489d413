package io.computility.hub.processes.camunda8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Camunda8ModelConversionTest {

  private static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="https://computility.hub">
        <bpmn:error id="noCapacityError" name="No capacity" errorCode="NO_CAPACITY"/>
        <bpmn:message id="confirmedMessage" name="OfferConfirmed"/>
        <bpmn:message id="reportedMessage" name="ProvisioningReported"/>
        <bpmn:process id="sample" name="Sample" isExecutable="true" camunda:historyTimeToLive="30">
          <bpmn:startEvent id="start" name="Start"/>
          <bpmn:sequenceFlow id="toReserve" sourceRef="start" targetRef="reserve"/>
          <bpmn:serviceTask id="reserve" name="Reserve" camunda:type="external" camunda:topic="capacity-reservation"/>
          <bpmn:boundaryEvent id="noCapacity" name="No capacity" attachedToRef="reserve">
            <bpmn:errorEventDefinition errorRef="noCapacityError" camunda:errorCodeVariable="failureCode"
                camunda:errorMessageVariable="failureReason"/>
          </bpmn:boundaryEvent>
          <bpmn:sequenceFlow id="toFailed" sourceRef="noCapacity" targetRef="failed"/>
          <bpmn:endEvent id="failed" name="Failed"/>
          <bpmn:sequenceFlow id="toConfirmed" sourceRef="reserve" targetRef="awaitConfirmation"/>
          <bpmn:receiveTask id="awaitConfirmation" name="Await confirmation" messageRef="confirmedMessage"/>
          <bpmn:sequenceFlow id="toReported" sourceRef="awaitConfirmation" targetRef="awaitReport"/>
          <bpmn:intermediateCatchEvent id="awaitReport" name="Await report">
            <bpmn:messageEventDefinition messageRef="reportedMessage"/>
          </bpmn:intermediateCatchEvent>
          <bpmn:sequenceFlow id="toEnd" sourceRef="awaitReport" targetRef="end"/>
          <bpmn:endEvent id="end" name="End"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  private static final ReviewedMessages TOPICS_REVIEWED = ReviewedMessages.parse(List.of(
      "*\t*\ttopic\tthe topic is the job type",
      "*\t*\tcorrelation-key-hint\tset by HubConventions"));

  private final HubConventions conventions = new HubConventions(Map.of("ProvisioningReported", "allocationId"));

  @Test
  void aConvertedModelHasItsJobTypeCorrelationKeysAndErrorVariableHeaders() {
    ReviewedMessages reviewed = ReviewedMessages.parse(List.of(
        "*\t*\ttopic\tthe topic is the job type",
        "*\t*\tcorrelation-key-hint\tset by HubConventions",
        "sample.bpmn\tnoCapacity\tattribute-not-supported\tcarried as task headers"));
    List<String> problems = new ArrayList<>();

    String converted = new String(new Camunda8ModelConversion(reviewed, conventions)
        .convert("sample.bpmn", MODEL.getBytes(StandardCharsets.UTF_8), problems), StandardCharsets.UTF_8);

    assertThat(problems).isEmpty();
    assertThat(converted)
        .contains("<zeebe:taskDefinition type=\"capacity-reservation\"")
        .contains("<zeebe:subscription correlationKey=\"=businessKey\"/>")
        .contains("<zeebe:subscription correlationKey=\"=allocationId\"/>")
        .contains("<zeebe:header key=\"errorCodeVariable.NO_CAPACITY\" value=\"failureCode\"/>")
        .contains("<zeebe:header key=\"errorMessageVariable.NO_CAPACITY\" value=\"failureReason\"/>");
  }

  @Test
  void anUnreviewedMessageAboveInfoIsAProblem() {
    List<String> problems = new ArrayList<>();

    new Camunda8ModelConversion(TOPICS_REVIEWED, conventions)
        .convert("sample.bpmn", MODEL.getBytes(StandardCharsets.UTF_8), problems);

    assertThat(problems).hasSize(2).allSatisfy(problem ->
        assertThat(problem).startsWith("sample.bpmn noCapacity [WARNING attribute-not-supported]"));
  }

  @Test
  void aZeebeValidationErrorIsAProblem() {
    String withoutSubscription = MODEL.replace("messageRef=\"confirmedMessage\"", "");
    List<String> problems = new ArrayList<>();

    byte[] converted = new Camunda8ModelConversion(TOPICS_REVIEWED, conventions)
        .convert("sample.bpmn", withoutSubscription.getBytes(StandardCharsets.UTF_8), new ArrayList<>());
    problems.addAll(Camunda8ModelConversion.validationErrors("sample.bpmn", converted));

    assertThat(problems).anySatisfy(problem ->
        assertThat(problem).startsWith("sample.bpmn awaitConfirmation [Zeebe validation]"));
  }

  @Test
  void aReviewedMessageNeedsItsReason() {
    assertThatThrownBy(() -> ReviewedMessages.parse(List.of("*\t*\ttopic\t ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
  }
}
