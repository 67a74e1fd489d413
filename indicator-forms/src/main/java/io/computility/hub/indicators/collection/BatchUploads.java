package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.MonitoringProblem;
import io.computility.hub.indicators.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch upload (M-9.3 b): a CSV file of a data set, all or nothing. Every row is checked first (scope, period,
 * completeness, types, ranges, cross rules); one bad row refuses the whole file with a per-row error report.
 */
@Service
public class BatchUploads {

  private final DataSets dataSets;
  private final Submissions submissions;
  private final CollectionTasks tasks;

  BatchUploads(DataSets dataSets, Submissions submissions, CollectionTasks tasks) {
    this.dataSets = dataSets;
    this.submissions = submissions;
    this.tasks = tasks;
  }

  /** The CSV template of a data set. */
  public String template(String dataSetCode) {
    DataSet dataSet = dataSets.get(dataSetCode);
    return BatchFile.template(dataSet, dataSets.indicators(dataSet));
  }

  /** The XLSX template of a data set. */
  public byte[] workbookTemplate(String dataSetCode) {
    DataSet dataSet = dataSets.get(dataSetCode);
    return BatchWorkbook.template(dataSet, dataSets.indicators(dataSet));
  }

  /** Checks and stores a CSV batch; answers one submission per row, or throws with every row's errors. */
  @Transactional
  public List<Submission> upload(String dataSetCode, String csv, Caller caller) {
    return upload(dataSetCode, BatchFile.parse(csv), caller);
  }

  /** Checks and stores an XLSX batch, all or nothing like a CSV one. */
  @Transactional
  public List<Submission> uploadWorkbook(String dataSetCode, InputStream xlsx, Caller caller) {
    try {
      return upload(dataSetCode, BatchFile.parse(BatchWorkbook.lines(xlsx)), caller);
    } catch (IOException | RuntimeException e) {
      if (e instanceof MonitoringProblem problem) {
        throw problem;
      }
      throw new BatchRejectedException(dataSetCode, List.of(new BatchFile.RowError(0, null, null, "unreadable",
          "Not a readable XLSX workbook / 无法读取的 XLSX 文件")));
    }
  }

  private List<Submission> upload(String dataSetCode, BatchFile.Parsed parsed, Caller caller) {
    DataSet dataSet = dataSets.get(dataSetCode);
    List<BatchFile.RowError> errors = new ArrayList<>(parsed.errors());
    Set<String> seen = new HashSet<>();
    Submissions.Checker checker = submissions.checker(parsed.rows().stream().map(BatchFile.Row::unitCode).toList(),
        caller);
    List<Submissions.Checked> checked = new ArrayList<>();
    for (BatchFile.Row row : parsed.rows()) {
      if (!seen.add(row.unitCode() + "/" + row.period())) {
        errors.add(new BatchFile.RowError(row.line(), row.unitCode(), null, "duplicate-row",
            "Unit and period appear twice / 单位与报告期重复"));
        continue;
      }
      try {
        Submissions.Checked rowChecked = checker.check(incoming(dataSetCode, row));
        for (Violation violation : rowChecked.violations()) {
          errors.add(new BatchFile.RowError(row.line(), row.unitCode(), violation.indicator(), violation.rule(),
              violation.message()));
        }
        checked.add(rowChecked);
      } catch (MonitoringProblem problem) {
        errors.add(new BatchFile.RowError(row.line(), row.unitCode(), null, "row", problem.getMessage()));
      }
    }
    if (parsed.rows().isEmpty() && errors.isEmpty()) {
      errors.add(new BatchFile.RowError(0, null, null, "empty", "The file has no rows / 文件没有数据行"));
    }
    if (!errors.isEmpty()) {
      throw new BatchRejectedException(dataSet.code(), errors);
    }
    // every row passed the one validation pass above: stored as checked, all rows together
    return tasks.submitAll(checked, caller);
  }

  private static Submissions.Incoming incoming(String dataSetCode, BatchFile.Row row) {
    return new Submissions.Incoming(row.unitCode(), dataSetCode, row.period(), Channel.BATCH, row.values(), null);
  }

  /** A batch refused as a whole; {@code errors} lists every row at fault. */
  public static class BatchRejectedException extends MonitoringProblem.Invalid {
    BatchRejectedException(String dataSetCode, List<BatchFile.RowError> errors) {
      super("batch-rejected", "Batch for data set " + dataSetCode + " refused: " + errors.size()
          + " error(s); nothing was stored", "file");
      errors(errors);
    }
  }
}
