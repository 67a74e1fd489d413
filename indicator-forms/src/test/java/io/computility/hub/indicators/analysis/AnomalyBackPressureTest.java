package io.computility.hub.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.IndicatorsTestApplication;
import io.computility.hub.indicators.collection.Channel;
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
 * Past the configured backlog, ingestion judges the queue itself once it has committed. Here the backlog allowed is
 * zero and the scheduled scan waits an hour, so only the ingesting thread can have judged what it stored.
 */
@SpringBootTest(classes = IndicatorsTestApplication.class, properties = {
    "hub.indicators.anomaly.max-backlog=0", "hub.indicators.anomaly.scan-interval=PT1H"})
class AnomalyBackPressureTest {

  @Autowired Alerts alerts;
  @Autowired ReportingUnits units;
  @Autowired Submissions submissions;
  @Autowired JdbcTemplate jdbc;

  private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();
  private final int year = 3000 + (int) (System.nanoTime() % 5000);

  @Test
  void pastTheBacklogIngestionJudgesTheQueueBeforeItAnswers() {
    String period = year + "-08";
    String[] pues = {"1.30", "1.32", "1.28", "1.35", "1.31", "1.29"};
    for (int i = 0; i < pues.length; i++) {
      push(unit("B" + i), period, pues[i]);
    }
    String outlier = unit("BX");
    push(outlier, period, "2.60");

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ind_anomaly_queue WHERE unit_code LIKE ?", Long.class,
        "%-" + run)).isZero();
    assertThat(alerts.list(Caller.system("test"), period, "ANOMALY", 0, 100)).extracting(Alert::unitCode)
        .containsExactly(outlier);
  }

  private void push(String unit, String period, String pue) {
    submissions.receive(new Submissions.Incoming(unit, null, period, Channel.API_PUSH,
        Map.of("PC.ENERGY.PUE", pue), null), Caller.system("test"), false);
  }

  private String unit(String name) {
    String code = name + "-" + run;
    units.save(new ReportingUnit(code, "单位" + code, "Unit " + code, UnitKind.DATA_CENTRE, "520102", List.of()));
    return code;
  }
}
