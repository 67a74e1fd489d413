package io.computility.hub.indicators.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.computility.hub.indicators.catalogue.Indicator;
import io.computility.hub.indicators.catalogue.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates the Camunda Form (form-js JSON) of a data set: a heading, the reviewer's comments when a submission
 * was sent back, and one field per indicator with its validation (required, range, whole numbers, choices).
 * Field keys are {@link #fieldKey(String) ind_<code with underscores>}: form-js would read dots as nesting.
 */
public final class FormGenerator {

  /** The form's schema version, as written by Camunda Modeler 5 for Camunda 7. */
  static final int SCHEMA_VERSION = 16;

  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The form id (and {@code camunda:formRef}) of a data set: {@code indicator-form-dc-monthly}. */
  public static String formId(String dataSetCode) {
    return "indicator-form-" + dataSetCode.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
  }

  /** The form field (and process variable) of an indicator. */
  public static String fieldKey(String indicatorCode) {
    return "ind_" + indicatorCode.replace('.', '_');
  }

  /** The form of a data set with its (active) indicators, as form-js JSON. */
  public String generate(DataSet dataSet, List<Indicator> indicators) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("id", formId(dataSet.code()));
    form.put("type", "default");
    form.put("schemaVersion", SCHEMA_VERSION);
    form.put("executionPlatform", "Camunda Platform");
    form.put("executionPlatformVersion", "7.21.0");
    form.put("exporter", Map.of("name", "Computility Hub", "version", "1"));
    List<Map<String, Object>> components = new ArrayList<>();
    components.add(component("text", "heading", Map.of("text", "# " + dataSet.nameZh() + " / " + dataSet.nameEn()
        + "\n\n报告期 / Period: {{period}} · 填报单位 / Unit: {{unitCode}}")));
    Map<String, Object> comment = component("textarea", "reviewComment", Map.of(
        "label", "审核意见 / Reviewer's comments", "disabled", true));
    comment.put("conditional", Map.of("hide", "=is empty(reviewComment) or reviewComment = null"));
    components.add(comment);
    indicators.forEach(indicator -> components.add(field(indicator)));
    form.put("components", components);
    try {
      return json.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> field(Indicator indicator) {
    String label = indicator.label() + (indicator.unit() == null ? "" : " (" + indicator.unit() + ")");
    Map<String, Object> validate = new LinkedHashMap<>();
    validate.put("required", true);
    Map<String, Object> field;
    if (indicator.valueType() == ValueType.CHOICE) {
      field = component("select", fieldKey(indicator.code()), Map.of("label", label));
      field.put("values", indicator.choiceList().stream()
          .map(choice -> Map.of("label", choice, "value", choice)).toList());
    } else if (indicator.valueType() == ValueType.TEXT) {
      field = component("textarea", fieldKey(indicator.code()), Map.of("label", label));
      validate.put("maxLength", 1000);
    } else {
      field = component("number", fieldKey(indicator.code()), Map.of("label", label));
      if (indicator.minValue() != null) {
        validate.put("min", number(indicator.minValue()));
      }
      if (indicator.maxValue() != null) {
        validate.put("max", number(indicator.maxValue()));
      }
      boolean whole = indicator.valueType() == ValueType.COUNT;
      field.put("decimalDigits", whole ? 0 : 6);
      field.put("increment", whole ? "1" : "0.01");
    }
    if (indicator.definition() != null) {
      field.put("description", indicator.definition());
    }
    field.put("validate", validate);
    return field;
  }

  private static Map<String, Object> component(String type, String key, Map<String, Object> properties) {
    Map<String, Object> component = new LinkedHashMap<>();
    component.put("type", type);
    component.put(type.equals("text") ? "id" : "key", key);
    if (!type.equals("text")) {
      component.put("id", key);
    }
    component.putAll(properties);
    return component;
  }

  private static Number number(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    return plain.scale() <= 0 ? plain.longValueExact() : plain.doubleValue();
  }
}
