package io.computility.hub.indicators.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.indicators.catalogue.Aggregation;
import io.computility.hub.indicators.catalogue.Indicator;
import io.computility.hub.indicators.catalogue.IndicatorStatus;
import io.computility.hub.indicators.catalogue.ValueType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Camunda Form generated from a data set: one validated field per indicator. */
class FormGeneratorTest {

  private final DataSet dataSet = new DataSet("DC_MONTHLY", "数据中心月度监测", "Data-centre monthly monitoring",
      PeriodType.MONTH, "P10D", "P3D", List.of(), List.of());

  @Test
  void generatesOneValidatedFieldPerIndicator() throws Exception {
    String json = new FormGenerator().generate(dataSet, List.of(
        indicator("PC.ENERGY.PUE", ValueType.NUMBER, "1", "3", null),
        indicator("CI.DC.RACKS", ValueType.COUNT, "0", null, null),
        indicator("SA.BIZ.SECTOR", ValueType.CHOICE, null, null, "INTERNET,FINANCE"),
        indicator("SG.PROT.NOTE", ValueType.TEXT, null, null, null)));
    JsonNode form = new ObjectMapper().readTree(json);

    assertThat(form.get("id").asText()).isEqualTo("indicator-form-dc-monthly");
    assertThat(form.get("schemaVersion").asInt()).isEqualTo(FormGenerator.SCHEMA_VERSION);
    JsonNode components = form.get("components");
    assertThat(components.get(0).get("text").asText()).contains("数据中心月度监测 / Data-centre monthly monitoring");
    JsonNode pue = components.get(2);
    assertThat(pue.get("type").asText()).isEqualTo("number");
    assertThat(pue.get("key").asText()).isEqualTo("ind_PC_ENERGY_PUE");
    assertThat(pue.get("label").asText()).isEqualTo("名称 PC.ENERGY.PUE / Name PC.ENERGY.PUE (unit)");
    assertThat(pue.at("/validate/required").asBoolean()).isTrue();
    assertThat(pue.at("/validate/min").asInt()).isEqualTo(1);
    assertThat(pue.at("/validate/max").asInt()).isEqualTo(3);
    assertThat(components.get(3).get("decimalDigits").asInt()).isZero();
    assertThat(components.get(4).get("type").asText()).isEqualTo("select");
    assertThat(components.get(4).findValuesAsText("value")).containsExactly("INTERNET", "FINANCE");
    assertThat(components.get(5).get("type").asText()).isEqualTo("textarea");
  }

  @Test
  void fieldKeysAvoidDotsThatFormJsReadsAsNesting() {
    assertThat(FormGenerator.fieldKey("RS.CAP.TOTAL")).isEqualTo("ind_RS_CAP_TOTAL");
  }

  private static Indicator indicator(String code, ValueType type, String min, String max, String choices) {
    return new Indicator(code, "X", 3, "名称 " + code, "Name " + code, "definition", null, "unit", type,
        Aggregation.SUM, null, min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
        choices, IndicatorStatus.ACTIVE, 1);
  }
}
