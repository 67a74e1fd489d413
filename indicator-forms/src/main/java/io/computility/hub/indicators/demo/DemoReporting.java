package io.computility.hub.indicators.demo;

import io.computility.hub.indicators.IndicatorsProperties;
import io.computility.hub.indicators.MonitoringProblem;
import io.computility.hub.indicators.collection.DataSet;
import io.computility.hub.indicators.collection.DataSets;
import io.computility.hub.indicators.collection.PeriodType;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.units.UnitKind;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Seeds, when {@code hub.indicators.seed-demo-data} is on (the embedded default), a demo data centre in Beijing's
 * Haidian district that {@code reporter-demo} reports for, and a small monthly data set it owes, so an operator can
 * issue a collection and the reporter fill its form in Tasklist out of the box. What exists is left alone, so a
 * restart (or an operator's later edits) changes nothing.
 */
@Component
class DemoReporting implements ApplicationRunner {

  /** The demo unit. */
  static final String UNIT = "DEMO-DC-BJ";
  /** The demo data set. */
  static final String DATA_SET = "DEMO_MONTHLY";
  /** The demo account of the REPORTER role (seeded by hub-server's identity provider). */
  static final String REPORTER = "reporter-demo";

  private final ReportingUnits units;
  private final DataSets dataSets;
  private final IndicatorsProperties properties;

  DemoReporting(ReportingUnits units, DataSets dataSets, IndicatorsProperties properties) {
    this.units = units;
    this.dataSets = dataSets;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.seedDemoData()) {
      return;
    }
    if (!exists(() -> units.get(UNIT))) {
      units.save(new ReportingUnit(UNIT, "演示数据中心（海淀）", "Demo data centre (Haidian)", UnitKind.DATA_CENTRE,
          "110108", List.of(REPORTER)));
    }
    if (!exists(() -> dataSets.get(DATA_SET))) {
      dataSets.save(new DataSet(DATA_SET, "演示月度填报", "Demo monthly report", PeriodType.MONTH, "P10D", "P3D",
          List.of("RS.CAP.TOTAL", "RS.CAP.USED", "CI.DC.RACKS", "PC.ENERGY.PUE"), List.of(UNIT)));
    }
  }

  private static boolean exists(Runnable lookup) {
    try {
      lookup.run();
      return true;
    } catch (MonitoringProblem.NotFound e) {
      return false;
    }
  }
}
