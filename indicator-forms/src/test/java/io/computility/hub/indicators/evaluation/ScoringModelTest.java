package io.computility.hub.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weighted, normalised scoring: best first, lower-is-better criteria inverted, breakdown per indicator. */
class ScoringModelTest {

  private final ScoringModel model = new ScoringModel("GREEN", "绿色高效", "Green efficiency", List.of(
      new ScoringModel.Criterion("RS.UTIL.RATE", new BigDecimal("0.5"), true),
      new ScoringModel.Criterion("PC.ENERGY.PUE", new BigDecimal("0.5"), false)));

  @Test
  void ranksByTheWeightedMeanOfNormalisedValues() {
    List<ScoringModel.Ranked> ranked = model.rank(Map.of(
        "110000", Map.of("RS.UTIL.RATE", new BigDecimal("70"), "PC.ENERGY.PUE", new BigDecimal("1.2")),
        "440000", Map.of("RS.UTIL.RATE", new BigDecimal("50"), "PC.ENERGY.PUE", new BigDecimal("1.4")),
        "310000", Map.of("RS.UTIL.RATE", new BigDecimal("60"), "PC.ENERGY.PUE", new BigDecimal("1.3"))));

    assertThat(ranked).extracting(ScoringModel.Ranked::rank, ScoringModel.Ranked::entity,
            entry -> entry.score().intValue())
        .containsExactly(tuple(1, "110000", 100), tuple(2, "310000", 50), tuple(3, "440000", 0));
    assertThat(ranked.get(1).breakdown()).extracting(ScoringModel.Part::indicatorCode,
            part -> part.normalised().intValue())
        .containsExactly(tuple("RS.UTIL.RATE", 50), tuple("PC.ENERGY.PUE", 50));
  }

  @Test
  void equalScoresShareARankAndMissingIndicatorsAreLeftOut() {
    List<ScoringModel.Ranked> ranked = model.rank(Map.of(
        "A", Map.of("RS.UTIL.RATE", new BigDecimal("80")),
        "B", Map.of("RS.UTIL.RATE", new BigDecimal("80"), "PC.ENERGY.PUE", new BigDecimal("1.3"))));

    assertThat(ranked).extracting(ScoringModel.Ranked::rank).containsExactly(1, 1);
    assertThat(ranked.get(0).breakdown()).hasSize(1);
  }
}
