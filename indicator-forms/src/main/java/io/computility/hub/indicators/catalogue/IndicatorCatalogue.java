package io.computility.hub.indicators.catalogue;

import io.computility.hub.indicators.MonitoringProblem;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator system (M-9.2): create, change, retire and delete indicators, and read them as a tree. An
 * indicator that a data set or a submission uses cannot be deleted, only retired; every change is kept in
 * {@code ind_indicator_history}.
 */
@Service
public class IndicatorCatalogue {

  private final IndicatorMapper indicators;

  IndicatorCatalogue(IndicatorMapper indicators) {
    this.indicators = indicators;
  }

  /** The whole tree, retired indicators included. */
  public IndicatorTree tree() {
    return new IndicatorTree(indicators.findAll());
  }

  public Indicator get(String code) {
    Indicator indicator = indicators.find(code);
    if (indicator == null) {
      throw new MonitoringProblem.NotFound("Indicator", code);
    }
    return indicator;
  }

  /** Every indicator by code, read in one query. */
  public Map<String, Indicator> byCode() {
    return indicators.findAll().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
  }

  /** The indicators with these codes, in their order, read in one query; fails on the first unknown one. */
  public List<Indicator> getAll(List<String> codes) {
    Map<String, Indicator> all = byCode();
    return codes.stream().map(code -> {
      Indicator indicator = all.get(code);
      if (indicator == null) {
        throw new MonitoringProblem.NotFound("Indicator", code);
      }
      return indicator;
    }).toList();
  }

  @Transactional
  public Indicator create(Indicator indicator, String actor) {
    if (indicators.find(indicator.code()) != null) {
      throw new MonitoringProblem.Conflict("indicator-exists", "Indicator '" + indicator.code()
          + "' already exists", "code");
    }
    Indicator placed = placed(indicator);
    indicators.insert(placed);
    indicators.recordChange(placed.code(), "CREATE", actor, placed.toString());
    return placed;
  }

  @Transactional
  public Indicator update(Indicator indicator, String actor) {
    Indicator current = get(indicator.code());
    Indicator changed = placed(new Indicator(indicator.code(), current.parentCode(), current.levelNo(),
        indicator.nameZh(), indicator.nameEn(), indicator.definition(), indicator.description(), indicator.unit(),
        indicator.valueType(), indicator.aggregation(), indicator.weightCode(), indicator.minValue(),
        indicator.maxValue(), indicator.choices(), indicator.status(), indicator.sortOrder()));
    indicators.update(changed);
    indicators.recordChange(changed.code(), "UPDATE", actor, changed.toString());
    return changed;
  }

  /** Stops collecting an indicator while keeping its values. */
  @Transactional
  public Indicator retire(String code, String actor) {
    Indicator current = get(code);
    Indicator retired = new Indicator(current.code(), current.parentCode(), current.levelNo(), current.nameZh(),
        current.nameEn(), current.definition(), current.description(), current.unit(), current.valueType(),
        current.aggregation(), current.weightCode(), current.minValue(), current.maxValue(), current.choices(),
        IndicatorStatus.RETIRED, current.sortOrder());
    indicators.update(retired);
    indicators.recordChange(code, "RETIRE", actor, retired.toString());
    return retired;
  }

  /** Deletes an unused leaf; an indicator in use must be retired instead. */
  @Transactional
  public void delete(String code, String actor) {
    Indicator current = get(code);
    if (indicators.countChildren(code) > 0) {
      throw new MonitoringProblem.Conflict("indicator-has-children", "Indicator '" + code
          + "' has sub-indicators; delete or move them first", "code");
    }
    if (indicators.countUses(code) > 0) {
      throw new IndicatorInUseException(code);
    }
    indicators.delete(code);
    indicators.recordChange(code, "DELETE", actor, current.toString());
  }

  /** Checks the indicator's place in the tree and its own consistency, and sets its level from its parent. */
  private Indicator placed(Indicator indicator) {
    int level = 1;
    if (indicator.parentCode() != null) {
      Indicator parent = indicators.find(indicator.parentCode());
      if (parent == null) {
        throw new MonitoringProblem.Invalid("indicator-invalid", "Parent indicator '" + indicator.parentCode()
            + "' does not exist", "parentCode");
      }
      if (!indicator.code().startsWith(parent.code() + ".")) {
        throw new MonitoringProblem.Invalid("indicator-invalid", "Code '" + indicator.code()
            + "' must start with its parent's code '" + parent.code() + ".'", "code");
      }
      level = parent.levelNo() + 1;
    }
    if (indicator.minValue() != null && indicator.maxValue() != null
        && indicator.minValue().compareTo(indicator.maxValue()) > 0) {
      throw new MonitoringProblem.Invalid("indicator-invalid", "minValue is above maxValue", "minValue");
    }
    if (indicator.aggregation() == Aggregation.WEIGHTED) {
      if (indicator.weightCode() != null && indicators.find(indicator.weightCode()) == null) {
        throw new MonitoringProblem.Invalid("indicator-invalid", "Weight indicator '" + indicator.weightCode()
            + "' does not exist", "weightCode");
      }
    }
    if (indicator.valueType() == ValueType.CHOICE && indicator.choiceList().isEmpty()) {
      throw new MonitoringProblem.Invalid("indicator-invalid", "A choice indicator needs its choices", "choices");
    }
    return new Indicator(indicator.code(), indicator.parentCode(), level, indicator.nameZh(), indicator.nameEn(),
        indicator.definition(), indicator.description(), indicator.unit(), indicator.valueType(),
        indicator.aggregation(), indicator.weightCode(), indicator.minValue(), indicator.maxValue(),
        indicator.choices(), indicator.status() == null ? IndicatorStatus.ACTIVE : indicator.status(),
        indicator.sortOrder());
  }
}
