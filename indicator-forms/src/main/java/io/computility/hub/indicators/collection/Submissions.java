package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.MonitoringProblem;
import io.computility.hub.indicators.catalogue.Indicator;
import io.computility.hub.indicators.catalogue.IndicatorCatalogue;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.validation.CrossRule;
import io.computility.hub.indicators.validation.CrossRuleMapper;
import io.computility.hub.indicators.validation.SubmissionValidator;
import io.computility.hub.indicators.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives submissions from every way in (form, batch, API push, API pull), validates them, and stores accepted
 * values with their history. Receiving is idempotent: a repeated idempotency key, or values equal to the unit's
 * current values for that period, return the earlier submission and change nothing. A set of submissions (a batch
 * file, a bulk push) is checked with the units, data sets and rules read once and stored in a fixed number of
 * statements ({@link SubmissionStore}).
 */
@Service
public class Submissions {

  private final SubmissionMapper submissions;
  private final SubmissionStore store;
  private final SubmissionLog log;
  private final ReportingUnits units;
  private final DataSets dataSets;
  private final IndicatorCatalogue catalogue;
  private final CrossRuleMapper rules;

  Submissions(SubmissionMapper submissions, SubmissionStore store, SubmissionLog log, ReportingUnits units,
      DataSets dataSets, IndicatorCatalogue catalogue, CrossRuleMapper rules) {
    this.submissions = submissions;
    this.store = store;
    this.log = log;
    this.units = units;
    this.dataSets = dataSets;
    this.catalogue = catalogue;
    this.rules = rules;
  }

  /**
   * What came in.
   *
   * @param dataSetCode the data set answered; {@code null} for a loose push of named indicators
   * @param values indicator code to value (string or number)
   * @param idempotencyKey the caller's key, may be {@code null}
   */
  public record Incoming(String unitCode, String dataSetCode, String period, Channel channel,
      Map<String, ?> values, String idempotencyKey) {
  }

  /**
   * An incoming submission checked and ready to store: the unit it reports for (in the caller's scope) and the
   * outcome of every validation rule. Checking is the one validation pass; storing does not validate again.
   */
  public record Checked(ReportingUnit unit, Incoming incoming, SubmissionValidator.Report report) {

    /** What failed validation; empty when it passed. */
    public List<Violation> violations() {
      return report.violations();
    }
  }

  /** A checked submission to store, and whether a collection task's reviewer decides on it. */
  public record Pending(Checked checked, boolean review) {
  }

  /**
   * Checks a set of submissions (a batch, a bulk push) against the same rules: the caller's units are read in one
   * go, each data set and the cross-indicator rules once, the catalogue once if a loose push needs it.
   */
  public final class Checker {

    private final Function<String, ReportingUnit> reportable;
    private final List<CrossRule> crossRules;
    private final Map<String, DataSet> dataSetsByCode = new HashMap<>();
    private final Map<String, List<Indicator>> indicatorsByDataSet = new HashMap<>();
    private Map<String, Indicator> allIndicators;

    private Checker(Collection<String> unitCodes, Caller caller) {
      this.reportable = units.reportableAmong(unitCodes, caller);
      this.crossRules = rules.findAll();
    }

    /** Checks scope, period and every validation rule; stores nothing. */
    public Checked check(Incoming incoming) {
      ReportingUnit unit = reportable.apply(incoming.unitCode());
      List<Indicator> expected = expected(incoming);
      return new Checked(unit, incoming, new SubmissionValidator(expected, crossRules).check(incoming.values()));
    }

    private List<Indicator> expected(Incoming incoming) {
      if (incoming.dataSetCode() != null) {
        DataSet dataSet = dataSetsByCode.computeIfAbsent(incoming.dataSetCode(), dataSets::get);
        requirePeriod(dataSet, incoming.period());
        return indicatorsByDataSet.computeIfAbsent(dataSet.code(), code -> dataSets.indicators(dataSet));
      }
      try {
        PeriodType.of(incoming.period());
      } catch (IllegalArgumentException e) {
        throw new MonitoringProblem.Invalid("period-invalid", "Period '" + incoming.period()
            + "' is not a month, day, hour or minute", "period");
      }
      if (allIndicators == null) {
        allIndicators = catalogue.byCode();
      }
      List<Indicator> named = new ArrayList<>();
      for (String code : incoming.values().keySet()) {
        Indicator indicator = allIndicators.get(code);
        if (indicator != null && indicator.active() && indicator.levelNo() == 3) {
          named.add(indicator);
        }
      }
      return named;
    }
  }

  /** A checker for a set of submissions by the caller for these units. */
  public Checker checker(Collection<String> unitCodes, Caller caller) {
    return new Checker(unitCodes, caller);
  }

  /**
   * Validates and records a submission. A valid one is {@code VALIDATED} when {@code review} is set (a collection
   * task's reviewer decides), otherwise {@code ACCEPTED} at once; an invalid one is recorded as {@code INVALID}
   * with its violations.
   */
  @Transactional
  public Submission receive(Incoming incoming, Caller caller, boolean review) {
    Checked checked = checker(List.of(incoming.unitCode()), caller).check(incoming);
    return receiveAll(List.of(new Pending(checked, review)), caller).get(0);
  }

  /**
   * Records submissions checked already (see {@link Checker}), each like {@link #receive(Incoming, Caller, boolean)},
   * in one transaction and a fixed number of statements; answers one submission per input, in order.
   */
  @Transactional
  public List<Submission> receiveAll(List<Pending> pending, Caller caller) {
    return pending.isEmpty() ? List.of() : store.store(pending, caller);
  }

  /** The reviewer accepts a validated submission: its values become the current ones, earlier ones kept. */
  @Transactional
  public Submission accept(String id, String reviewer) {
    Submission submission = get(id);
    if (submission.status() != SubmissionStatus.ACCEPTED) {
      store.accept(submission, units.get(submission.unitCode()), reviewer);
    }
    return get(id);
  }

  /** The reviewer rejects a submission with a comment; its values never count. */
  @Transactional
  public Submission reject(String id, String reviewer, String comment) {
    Submission submission = get(id);
    List<Violation> reasons = List.of(new Violation("*", "review", comment == null ? "" : comment));
    submissions.updateStatus(id, SubmissionStatus.REJECTED, store.errors(reasons));
    log.record(id, submission.unitCode(), submission.period(), submission.channel(), "REJECTED", reviewer,
        comment);
    return get(id);
  }

  /** A submission by id, regardless of scope (internal use). */
  public Submission get(String id) {
    SubmissionMapper.SubmissionRow row = submissions.find(id);
    if (row == null) {
      throw new MonitoringProblem.NotFound("Submission", id);
    }
    return store.toSubmission(row);
  }

  /** A submission the caller may see; otherwise "not found". */
  public Submission visible(String id, Caller caller) {
    Submission submission = get(id);
    if (!units.sees(caller, units.get(submission.unitCode()))) {
      throw new MonitoringProblem.NotFound("Submission", id);
    }
    return submission;
  }

  /** A unit's submissions the caller may see, newest first. */
  public List<Submission> ofUnit(String unitCode, String period, Caller caller) {
    units.visible(unitCode, caller);
    return submissions.findByUnit(unitCode, period).stream().map(store::toSubmission).toList();
  }

  /** Earlier revisions of a value, oldest first. */
  public List<SubmissionMapper.ValueRow> history(String unitCode, String indicatorCode, String period) {
    return submissions.history(unitCode, indicatorCode, period);
  }

  private static void requirePeriod(DataSet dataSet, String period) {
    if (!dataSet.periodType().accepts(period)) {
      throw new MonitoringProblem.Invalid("period-invalid", "Period '" + period + "' is not a "
          + dataSet.periodType() + " period of data set " + dataSet.code(), "period");
    }
  }
}
