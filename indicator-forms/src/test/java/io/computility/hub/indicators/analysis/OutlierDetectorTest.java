package io.computility.hub.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Robust z-scores: a seeded outlier stands out, ordinary variation does not. */
class OutlierDetectorTest {

  private final OutlierDetector detector = new OutlierDetector(3.5, 5);
  private final List<BigDecimal> history = numbers("1.30", "1.32", "1.29", "1.35", "1.31", "1.28", "1.33");

  @Test
  void aSeededOutlierScoresFarAboveTheThreshold() {
    double score = detector.score(new BigDecimal("2.60"), history).orElseThrow();

    assertThat(score).isGreaterThan(40);
    assertThat(detector.isOutlier(score)).isTrue();
  }

  @Test
  void ordinaryVariationIsNotAnOutlier() {
    double score = detector.score(new BigDecimal("1.34"), history).orElseThrow();

    assertThat(detector.isOutlier(score)).isFalse();
  }

  @Test
  void theOutlierDoesNotHideItselfAmongPeers() {
    // Among peers including the outlier itself, the median and MAD stay put
    List<BigDecimal> peers = Stream.concat(history.stream(), Stream.of(new BigDecimal("26"))).toList();

    assertThat(detector.isOutlier(detector.score(new BigDecimal("26"), peers).orElseThrow())).isTrue();
  }

  @Test
  void aSummarisedReferenceScoresLikeItsValues() {
    OutlierDetector.Reference reference = detector.reference(history);

    for (String value : List.of("1.34", "2.60", "0.90")) {
      assertThat(detector.score(new BigDecimal(value), reference))
          .isEqualTo(detector.score(new BigDecimal(value), history));
    }
    assertThat(detector.score(new BigDecimal("2.60"), reference).orElseThrow()).isGreaterThan(40);
    assertThat(detector.score(BigDecimal.TEN, detector.reference(numbers("1", "2", "3")))).isEmpty();
  }

  @Test
  void tooFewReferencesGiveNoScore() {
    assertThat(detector.score(BigDecimal.TEN, numbers("1", "2", "3"))).isEmpty();
  }

  @Test
  void medianOfAnEvenSeriesIsTheMiddlePairsMean() {
    assertThat(OutlierDetector.median(numbers("4", "1", "3", "2"))).isEqualByComparingTo("2.5");
  }

  private static List<BigDecimal> numbers(String... values) {
    return Stream.of(values).map(BigDecimal::new).toList();
  }
}
