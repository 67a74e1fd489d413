package io.computility.hub.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.IndicatorsTestApplication;
import io.computility.hub.indicators.collection.Channel;
import io.computility.hub.indicators.collection.Submission;
import io.computility.hub.indicators.collection.SubmissionStatus;
import io.computility.hub.indicators.collection.Submissions;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.units.UnitKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The anomaly scan judges what ingestion queued: a value against its unit's own history even when the earlier
 * periods are judged in the same batch, only accepted submissions, and the queue emptied as it goes. Each run uses
 * its own far-future year so earlier runs' values do not mix in.
 */
@SpringBootTest(classes = IndicatorsTestApplication.class)
class AnomalyScanTest {

  @Autowired AnomalyScan scan;
  @Autowired Alerts alerts;
  @Autowired ReportingUnits units;
  @Autowired Submissions submissions;
  @Autowired JdbcTemplate jdbc;

  private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
  private final int year = 3000 + (int) (System.nanoTime() % 5000);
  private final Caller nation = Caller.system("test");

  @Test
  void aValueFarFromTheUnitsOwnHistoryIsAnAnomalyWhenItsHistoryIsJudgedInTheSameBatch() {
    String unit = unit("H1", "510104");
    String[] totals = {"100", "102", "98", "101", "99", "100", "400"};
    for (int month = 1; month <= totals.length; month++) {
      push(unit, month(month), Map.of("RS.CAP.TOTAL", totals[month - 1]));
    }

    scan.drain();

    assertThat(queued(unit)).isZero();
    List<Alert> anomalies = alerts.list(nation, month(7), "ANOMALY", 0, 100).stream()
        .filter(alert -> alert.unitCode().equals(unit)).toList();
    assertThat(anomalies).singleElement().satisfies(alert -> {
      assertThat(alert.indicatorCode()).isEqualTo("RS.CAP.TOTAL");
      assertThat(alert.regionCode()).isEqualTo("510104");
      assertThat(alert.message()).contains("against own history");
    });
    for (int month = 1; month <= 6; month++) {
      assertThat(alerts.list(nation, month(month), "ANOMALY", 0, 100)).extracting(Alert::unitCode)
          .doesNotContain(unit);
    }
  }

  @Test
  void onlyAcceptedSubmissionsAreQueued() {
    String unit = unit("Q1", "510104");
    Submission invalid = push(unit, month(1), Map.of("PC.ENERGY.PUE", "0.5"));
    Submission reviewed = submissions.receive(new Submissions.Incoming(unit, null, month(2), Channel.API_PUSH,
        Map.of("PC.ENERGY.PUE", "1.4"), null), nation, true);

    assertThat(invalid.status()).isEqualTo(SubmissionStatus.INVALID);
    assertThat(reviewed.status()).isEqualTo(SubmissionStatus.VALIDATED);
    assertThat(queued(unit)).isZero();

    // holding the scan's monitor keeps the scheduled run from taking the queue while it is looked at
    synchronized (scan) {
      submissions.accept(reviewed.id(), "reviewer");
      assertThat(jdbc.queryForList("SELECT submission_id FROM ind_anomaly_queue WHERE unit_code = ?", String.class,
          unit)).containsExactly(reviewed.id());
    }
    scan.drain();
    assertThat(queued(unit)).isZero();
    assertThat(scan.backlog()).isZero();
  }

  private Submission push(String unit, String period, Map<String, String> values) {
    return submissions.receive(new Submissions.Incoming(unit, null, period, Channel.API_PUSH, values, null), nation,
        false);
  }

  private long queued(String unit) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ind_anomaly_queue WHERE unit_code = ?", Long.class, unit);
  }

  private String month(int month) {
    return year + "-%02d".formatted(month);
  }

  private String unit(String name, String region) {
    String code = name + "-" + run;
    units.save(new ReportingUnit(code, "单位" + code, "Unit " + code, UnitKind.DATA_CENTRE, region, List.of()));
    return code;
  }
}
