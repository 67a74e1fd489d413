package io.computility.hub.indicators.catalogue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One indicator of the tree (M-9.2).
 *
 * @param code dotted code, its parent's code plus one segment ({@code RS.CAP.TOTAL})
 * @param parentCode the parent's code, {@code null} on level one
 * @param levelNo 1 for the standard's five categories, 2 and 3 below
 * @param unit unit of measure, may be {@code null}
 * @param weightCode for {@link Aggregation#WEIGHTED}: the indicator whose values weigh this one
 * @param minValue lowest allowed value of a numeric indicator, may be {@code null}
 * @param maxValue highest allowed value, may be {@code null}
 * @param choices for {@link ValueType#CHOICE}: the allowed values, comma separated
 */
public record Indicator(String code, String parentCode, int levelNo, String nameZh, String nameEn,
    String definition, String description, String unit, ValueType valueType, Aggregation aggregation,
    String weightCode, BigDecimal minValue, BigDecimal maxValue, String choices, IndicatorStatus status,
    int sortOrder) {

  /** The allowed values of a choice indicator, empty for other types. */
  public List<String> choiceList() {
    if (choices == null || choices.isBlank()) {
      return List.of();
    }
    return Arrays.stream(choices.split(",")).map(String::strip).filter(choice -> !choice.isEmpty()).toList();
  }

  public boolean active() {
    return status == IndicatorStatus.ACTIVE;
  }

  /** The bilingual label used on forms and in error messages. */
  public String label() {
    return nameZh + " / " + nameEn;
  }
}
