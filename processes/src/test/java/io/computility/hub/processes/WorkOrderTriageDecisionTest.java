package io.computility.hub.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The work-order triage table as business staff wrote it: which tickets get a standard answer and which go to a
 * person. Evaluated with the DMN engine alone, the way the engine evaluates it in {@code work-order.bpmn}.
 */
class WorkOrderTriageDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision triage;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = WorkOrderTriageDecisionTest.class.getResourceAsStream("/processes/work-order-triage.dmn")) {
      triage = engine.parseDecision("work-order-triage", table);
    }
  }

  @ParameterizedTest(name = "{0}: \"{1}\" → {2}")
  @CsvSource({
      "BILLING, Where is my invoice for October?, INVOICE_LOCATION",
      "OTHER, 请问我的发票在哪里, INVOICE_LOCATION",
      "PAYMENT, How do I top up my wallet?, TOP_UP",
      "PAYMENT, 如何充值, TOP_UP",
      "BILLING, Why was I charged twice?, CHARGE_EXPLANATION",
      "ORDER, 为什么扣费了, CHARGE_EXPLANATION",
      "BILL_DISPUTE, Why was I charged for an hour I did not use? Where is the invoice?, SUPPORT",
      "TECHNICAL, The invoice page shows an error, SUPPORT",
      "ORDER, My GPU instance does not start, SUPPORT",
      "OTHER, '', SUPPORT"
  })
  void answersTheCommonQuestionsAndSendsTheRestToSupport(String category, String text, String outcome) {
    Map<String, Object> variables = Map.of("category", category, "triageText", text.toLowerCase(Locale.ROOT));

    String result = engine.evaluateDecisionTable(triage, variables).getSingleResult().getSingleEntry();

    assertThat(result).isEqualTo(outcome);
  }
}
