package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.MonitoringProblem;
import io.computility.hub.indicators.catalogue.Indicator;
import io.computility.hub.indicators.catalogue.IndicatorCatalogue;
import io.computility.hub.indicators.units.ReportingUnits;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Data sets: which indicators which units owe, how often, by when. */
@Service
public class DataSets {

  private final DataSetMapper dataSets;
  private final IndicatorCatalogue catalogue;
  private final ReportingUnits units;

  DataSets(DataSetMapper dataSets, IndicatorCatalogue catalogue, ReportingUnits units) {
    this.dataSets = dataSets;
    this.catalogue = catalogue;
    this.units = units;
  }

  public DataSet get(String code) {
    DataSetMapper.DataSetRow row = dataSets.find(code);
    if (row == null) {
      throw new MonitoringProblem.NotFound("Data set", code);
    }
    return withMembers(row);
  }

  public List<DataSet> list() {
    return dataSets.findAll().stream().map(this::withMembers).toList();
  }

  /** The data set's active indicators, in form order. */
  public List<Indicator> indicators(DataSet dataSet) {
    return catalogue.getAll(dataSet.indicatorCodes()).stream().filter(Indicator::active).toList();
  }

  /** Creates or replaces a data set with its indicators and units. */
  @Transactional
  public DataSet save(DataSet dataSet) {
    for (String[] duration : new String[][] {{dataSet.dueAfter(), "dueAfter"},
        {dataSet.remindBefore(), "remindBefore"}}) {
      try {
        DataSet.duration(duration[0]);
      } catch (DateTimeParseException | NullPointerException e) {
        throw new MonitoringProblem.Invalid("data-set-invalid", "Not an ISO 8601 duration: " + duration[0],
            duration[1]);
      }
    }
    dataSet.indicatorCodes().forEach(catalogue::get);
    dataSet.unitCodes().forEach(units::get);
    if (dataSets.find(dataSet.code()) == null) {
      dataSets.insert(dataSet);
    } else {
      dataSets.update(dataSet);
    }
    dataSets.clearIndicators(dataSet.code());
    dataSets.clearUnits(dataSet.code());
    for (int i = 0; i < dataSet.indicatorCodes().size(); i++) {
      dataSets.addIndicator(dataSet.code(), dataSet.indicatorCodes().get(i), i + 1);
    }
    dataSet.unitCodes().forEach(unit -> dataSets.addUnit(dataSet.code(), unit));
    return dataSet;
  }

  private DataSet withMembers(DataSetMapper.DataSetRow row) {
    return new DataSet(row.code(), row.nameZh(), row.nameEn(), row.periodType(), row.dueAfter(),
        row.remindBefore(), dataSets.indicators(row.code()), dataSets.units(row.code()));
  }
}
