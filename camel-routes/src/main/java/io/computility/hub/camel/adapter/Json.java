package io.computility.hub.camel.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.computility.hub.camel.resource.ResourceKind;
import java.math.BigDecimal;

/** Strict reads from provider JSON: a missing or mistyped field is a {@link MalformedResponseException}. */
final class Json {

  private Json() {
  }

  static JsonNode node(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    if (node == null || node.isNull() || node.isMissingNode()) {
      throw new MalformedResponseException("Missing field '" + field + "'", null);
    }
    return node;
  }

  static JsonNode array(JsonNode parent, String field) {
    JsonNode node = node(parent, field);
    if (!node.isArray()) {
      throw new MalformedResponseException("Field '" + field + "' is not an array", null);
    }
    return node;
  }

  static String text(JsonNode parent, String field) {
    JsonNode node = node(parent, field);
    if (!node.isValueNode()) {
      throw new MalformedResponseException("Field '" + field + "' is not a value", null);
    }
    return node.asText();
  }

  static String textOr(JsonNode parent, String field, String fallback) {
    JsonNode node = parent.get(field);
    return node == null || node.isNull() ? fallback : node.asText();
  }

  static int integer(JsonNode parent, String field) {
    JsonNode node = node(parent, field);
    if (node.isIntegralNumber()) {
      return node.intValue();
    }
    if (node.isTextual() && node.asText().matches("\\d{1,9}")) {
      return Integer.parseInt(node.asText());
    }
    throw new MalformedResponseException("Field '" + field + "' is not a whole number", null);
  }

  static long whole(JsonNode parent, String field) {
    JsonNode node = node(parent, field);
    if (!node.isIntegralNumber()) {
      throw new MalformedResponseException("Field '" + field + "' is not a whole number", null);
    }
    return node.longValue();
  }

  static BigDecimal decimal(JsonNode parent, String field) {
    JsonNode node = node(parent, field);
    if (!node.isNumber()) {
      throw new MalformedResponseException("Field '" + field + "' is not a number", null);
    }
    return node.decimalValue();
  }

  /** A number that the provider may leave out: {@code null} when absent or null, malformed when not a number. */
  static BigDecimal decimalOr(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (!node.isNumber()) {
      throw new MalformedResponseException("Field '" + field + "' is not a number", null);
    }
    return node.decimalValue();
  }

  static ResourceKind kind(JsonNode parent, String field) {
    String value = text(parent, field);
    try {
      return ResourceKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new MalformedResponseException("Field '" + field + "' is not a resource kind: " + value, e);
    }
  }
}
