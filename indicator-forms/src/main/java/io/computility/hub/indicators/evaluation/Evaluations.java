package io.computility.hub.indicators.evaluation;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.MonitoringProblem;
import io.computility.hub.indicators.analysis.DataPull;
import io.computility.hub.indicators.analysis.Statistics;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Effectiveness evaluation (M-9.6): ranks the regions (at a level) or the units in the caller's scope for a
 * period under a scoring model, with each one's breakdown.
 */
@Service
public class Evaluations {

  /** Units are compared among at most this many per indicator. */
  private static final int MAX_UNITS = 10_000;

  private final EvaluationMapper models;
  private final Statistics statistics;
  private final DataPull pull;

  Evaluations(EvaluationMapper models, Statistics statistics, DataPull pull) {
    this.models = models;
    this.statistics = statistics;
    this.pull = pull;
  }

  public ScoringModel model(String code) {
    EvaluationMapper.ModelRow row = models.find(code);
    if (row == null) {
      throw new MonitoringProblem.NotFound("Evaluation model", code);
    }
    return new ScoringModel(row.code(), row.nameZh(), row.nameEn(), models.criteria(code));
  }

  /** Regions at {@code level} within {@code region} (default: the caller's scope), ranked. */
  public List<ScoringModel.Ranked> regions(String modelCode, String period, String region, int level,
      Caller caller) {
    ScoringModel model = model(modelCode);
    Map<String, Map<String, BigDecimal>> values = new HashMap<>();
    for (ScoringModel.Criterion criterion : model.criteria()) {
      statistics.byRegion(criterion.indicatorCode(), period, region, level, caller).stream()
          .filter(statistic -> statistic.value() != null)
          .forEach(statistic -> values.computeIfAbsent(statistic.regionCode(), key -> new HashMap<>())
              .put(criterion.indicatorCode(), statistic.value()));
    }
    return model.rank(values);
  }

  /** The units within {@code region} (default: the caller's scope), ranked. */
  public List<ScoringModel.Ranked> units(String modelCode, String period, String region, Caller caller) {
    ScoringModel model = model(modelCode);
    Map<String, Map<String, BigDecimal>> values = new HashMap<>();
    for (ScoringModel.Criterion criterion : model.criteria()) {
      pull.values(criterion.indicatorCode(), period, region, null, 0, MAX_UNITS, caller).stream()
          .filter(row -> row.numValue() != null)
          .forEach(row -> values.computeIfAbsent(row.unitCode(), key -> new HashMap<>())
              .put(criterion.indicatorCode(), row.numValue()));
    }
    return model.rank(values);
  }
}
