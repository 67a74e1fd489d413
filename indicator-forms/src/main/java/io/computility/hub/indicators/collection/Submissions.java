package io.computility.hub.indicators.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.MonitoringProblem;
import io.computility.hub.indicators.catalogue.Indicator;
import io.computility.hub.indicators.catalogue.IndicatorCatalogue;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.validation.CrossRule;
import io.computility.hub.indicators.validation.CrossRuleMapper;
import io.computility.hub.indicators.validation.ReportedValue;
import io.computility.hub.indicators.validation.SubmissionValidator;
import io.computility.hub.indicators.validation.Violation;
import io.computility.hub.workers.evidence.BusinessEvidence;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives submissions from every way in (form, batch, API push, API pull), validates them, and stores accepted
 * values with their history. Receiving is idempotent: a repeated idempotency key, or values equal to the unit's
 * current values for that period, return the earlier submission and change nothing.
 */
@Service
public class Submissions {

  private static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() { };

  private final SubmissionMapper submissions;
  private final SubmissionLog log;
  private final ReportingUnits units;
  private final DataSets dataSets;
  private final IndicatorCatalogue catalogue;
  private final CrossRuleMapper rules;
  private final ObjectMapper json;
  private final Clock clock;
  private final List<AcceptedValues> listeners;
  private final ObjectProvider<BusinessEvidence> evidence;

  Submissions(SubmissionMapper submissions, SubmissionLog log, ReportingUnits units, DataSets dataSets,
      IndicatorCatalogue catalogue, CrossRuleMapper rules, ObjectMapper json, Clock clock,
      List<AcceptedValues> listeners, ObjectProvider<BusinessEvidence> evidence) {
    this.submissions = submissions;
    this.log = log;
    this.units = units;
    this.dataSets = dataSets;
    this.catalogue = catalogue;
    this.rules = rules;
    this.json = json;
    this.clock = clock;
    this.listeners = listeners;
    this.evidence = evidence;
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

  /**
   * Checks the submissions of one data set (a batch) against the same rules: the data set's indicators, the
   * cross-indicator rules and the units are read once for all of them.
   */
  public final class Checker {

    private final DataSet dataSet;
    private final List<Indicator> indicators;
    private final List<CrossRule> crossRules;
    private final Map<String, ReportingUnit> checkedUnits = new HashMap<>();

    private Checker(String dataSetCode) {
      this.dataSet = dataSets.get(dataSetCode);
      this.indicators = dataSets.indicators(dataSet);
      this.crossRules = rules.findAll();
    }

    /** Checks scope, period and every validation rule; stores nothing. */
    public Checked check(Incoming incoming, Caller caller) {
      ReportingUnit unit = checkedUnits.get(incoming.unitCode());
      if (unit == null) {
        unit = units.reportable(incoming.unitCode(), caller);
        checkedUnits.put(unit.code(), unit);
      }
      requirePeriod(dataSet, incoming.period());
      return new Checked(unit, incoming, new SubmissionValidator(indicators, crossRules).check(incoming.values()));
    }
  }

  /** A checker for a batch of submissions answering one data set. */
  public Checker checker(String dataSetCode) {
    return new Checker(dataSetCode);
  }

  /**
   * Validates and records a submission. A valid one is {@code VALIDATED} when {@code review} is set (a collection
   * task's reviewer decides), otherwise {@code ACCEPTED} at once; an invalid one is recorded as {@code INVALID}
   * with its violations.
   */
  @Transactional
  public Submission receive(Incoming incoming, Caller caller, boolean review) {
    ReportingUnit unit = units.reportable(incoming.unitCode(), caller);
    Submission earlier = earlier(unit, incoming);
    if (earlier != null) {
      return earlier;
    }
    List<Indicator> expected = expectedIndicators(incoming);
    SubmissionValidator.Report report = new SubmissionValidator(expected, rules.findAll()).check(incoming.values());
    return store(new Checked(unit, incoming, report), caller, review);
  }

  /** Records a submission checked already (see {@link Checker}), like {@link #receive(Incoming, Caller, boolean)}. */
  @Transactional
  public Submission receive(Checked checked, Caller caller, boolean review) {
    Submission earlier = earlier(checked.unit(), checked.incoming());
    return earlier != null ? earlier : store(checked, caller, review);
  }

  private Submission earlier(ReportingUnit unit, Incoming incoming) {
    if (incoming.idempotencyKey() == null) {
      return null;
    }
    SubmissionMapper.SubmissionRow earlier = submissions.findByKey(unit.code(), incoming.idempotencyKey());
    return earlier == null ? null : toSubmission(earlier).asDuplicate();
  }

  private Submission store(Checked checked, Caller caller, boolean review) {
    ReportingUnit unit = checked.unit();
    Incoming incoming = checked.incoming();
    SubmissionValidator.Report report = checked.report();
    boolean acceptNow = report.valid() && !review;
    Map<String, SubmissionMapper.ValueRow> current = acceptNow ? current(unit.code(), incoming.period()) : Map.of();
    if (acceptNow) {
      String same = sameAsCurrent(current, report.values());
      if (same != null) {
        log.record(same, unit.code(), incoming.period(), incoming.channel(), "DUPLICATE", caller.username(),
            "Same values as the current ones; nothing changed");
        return get(same).asDuplicate();
      }
    }
    SubmissionStatus status = !report.valid() ? SubmissionStatus.INVALID
        : review ? SubmissionStatus.VALIDATED : SubmissionStatus.ACCEPTED;
    String id = UUID.randomUUID().toString();
    // the column's precision, so that the answer equals what is read back later
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String errors = report.valid() ? null : write(report.violations());
    SubmissionMapper.SubmissionRow row = new SubmissionMapper.SubmissionRow(id, unit.code(), incoming.dataSetCode(),
        incoming.period(), incoming.channel(), status, caller.username(), now, errors);
    submissions.insert(row, incoming.idempotencyKey());
    Map<String, ?> stored = report.valid() ? report.values() : incoming.values();
    List<SubmissionMapper.ValueRow> rows = new ArrayList<>();
    stored.forEach((code, value) -> {
      if (value instanceof ReportedValue reported) {
        rows.add(new SubmissionMapper.ValueRow(code, reported.number(), reported.text(), id, 0));
      } else if (value != null) {
        rows.add(new SubmissionMapper.ValueRow(code, null, truncate(value.toString()), id, 0));
      }
    });
    if (!rows.isEmpty()) {
      submissions.insertValues(rows);
    }
    List<SubmissionLog.Entry> entries = new ArrayList<>();
    entries.add(new SubmissionLog.Entry(id, unit.code(), incoming.period(), incoming.channel(), "RECEIVED",
        caller.username(), stored.size() + " values" + (incoming.dataSetCode() == null ? ""
            : " for data set " + incoming.dataSetCode())));
    if (!report.valid()) {
      entries.add(new SubmissionLog.Entry(id, unit.code(), incoming.period(), incoming.channel(), "INVALID",
          caller.username(), errors));
      log.record(entries);
    } else if (status == SubmissionStatus.ACCEPTED) {
      storeValues(id, unit, incoming.period(), incoming.channel(), caller.username(), rows, current, entries);
    } else {
      entries.add(new SubmissionLog.Entry(id, unit.code(), incoming.period(), incoming.channel(), "VALIDATED",
          caller.username(), null));
      log.record(entries);
    }
    return toSubmission(row, rows);
  }

  /** The reviewer accepts a validated submission: its values become the current ones, earlier ones kept. */
  @Transactional
  public Submission accept(String id, String reviewer) {
    Submission submission = get(id);
    if (submission.status() != SubmissionStatus.ACCEPTED) {
      submissions.updateStatus(id, SubmissionStatus.ACCEPTED, null);
      storeValues(id, units.get(submission.unitCode()), submission.period(), submission.channel(), reviewer,
          submissions.values(id), current(submission.unitCode(), submission.period()), new ArrayList<>());
    }
    return get(id);
  }

  /** The reviewer rejects a submission with a comment; its values never count. */
  @Transactional
  public Submission reject(String id, String reviewer, String comment) {
    Submission submission = get(id);
    List<Violation> reasons = List.of(new Violation("*", "review", comment == null ? "" : comment));
    submissions.updateStatus(id, SubmissionStatus.REJECTED, write(reasons));
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
    return toSubmission(row);
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
    return submissions.findByUnit(unitCode, period).stream().map(this::toSubmission).toList();
  }

  /** Earlier revisions of a value, oldest first. */
  public List<SubmissionMapper.ValueRow> history(String unitCode, String indicatorCode, String period) {
    return submissions.history(unitCode, indicatorCode, period);
  }

  private List<Indicator> expectedIndicators(Incoming incoming) {
    if (incoming.dataSetCode() != null) {
      DataSet dataSet = dataSets.get(incoming.dataSetCode());
      requirePeriod(dataSet, incoming.period());
      return dataSets.indicators(dataSet);
    }
    try {
      PeriodType.of(incoming.period());
    } catch (IllegalArgumentException e) {
      throw new MonitoringProblem.Invalid("period-invalid", "Period '" + incoming.period()
          + "' is not a month, day, hour or minute", "period");
    }
    List<Indicator> named = new ArrayList<>();
    Map<String, Indicator> all = catalogue.byCode();
    for (String code : incoming.values().keySet()) {
      Indicator indicator = all.get(code);
      if (indicator != null && indicator.active() && indicator.levelNo() == 3) {
        named.add(indicator);
      }
    }
    return named;
  }

  private static void requirePeriod(DataSet dataSet, String period) {
    if (!dataSet.periodType().accepts(period)) {
      throw new MonitoringProblem.Invalid("period-invalid", "Period '" + period + "' is not a "
          + dataSet.periodType() + " period of data set " + dataSet.code(), "period");
    }
  }

  /** The unit's current values in a period, by indicator code. */
  private Map<String, SubmissionMapper.ValueRow> current(String unitCode, String period) {
    Map<String, SubmissionMapper.ValueRow> current = new LinkedHashMap<>();
    submissions.currentValues(unitCode, period).forEach(row -> current.put(row.indicatorCode(), row));
    return current;
  }

  /** The submission whose values are all current already, or {@code null}. */
  private static String sameAsCurrent(Map<String, SubmissionMapper.ValueRow> current,
      Map<String, ReportedValue> values) {
    String submissionId = null;
    for (Map.Entry<String, ReportedValue> entry : values.entrySet()) {
      SubmissionMapper.ValueRow row = current.get(entry.getKey());
      if (row == null || !sameValue(row, entry.getValue())) {
        return null;
      }
      submissionId = row.submissionId();
    }
    return submissionId;
  }

  /**
   * Makes a submission's values the current ones: new values are added, changed ones replaced with the old
   * revision kept in the history, each kind in one statement. The log entries so far and the ACCEPTED one with
   * what changed are written together.
   */
  private void storeValues(String id, ReportingUnit unit, String period, Channel channel, String actor,
      List<SubmissionMapper.ValueRow> values, Map<String, SubmissionMapper.ValueRow> current,
      List<SubmissionLog.Entry> entries) {
    Instant now = clock.instant();
    List<String> changes = new ArrayList<>();
    List<SubmissionMapper.ValueRow> added = new ArrayList<>();
    List<SubmissionMapper.ValueRow> replaced = new ArrayList<>();
    Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    for (SubmissionMapper.ValueRow value : values) {
      if (value.numValue() != null) {
        numbers.put(value.indicatorCode(), value.numValue());
      }
      SubmissionMapper.ValueRow old = current.get(value.indicatorCode());
      if (old == null) {
        added.add(withRevision(value, 1));
        changes.add(value.indicatorCode() + ": " + display(value));
      } else if (!sameValue(old, value)) {
        replaced.add(old);
        added.add(withRevision(value, old.revision() + 1));
        changes.add(value.indicatorCode() + ": " + display(old) + " -> " + display(value));
      }
    }
    if (!replaced.isEmpty()) {
      submissions.insertHistory(unit.code(), period, replaced, now);
      submissions.deleteCurrent(unit.code(), period,
          replaced.stream().map(SubmissionMapper.ValueRow::indicatorCode).toList());
    }
    if (!added.isEmpty()) {
      submissions.insertCurrent(unit.code(), period, unit.regionCode(), added, now);
    }
    entries.add(new SubmissionLog.Entry(id, unit.code(), period, channel, "ACCEPTED", actor,
        changes.isEmpty() ? "No value changed" : String.join("; ", changes)));
    log.record(entries);
    listeners.forEach(listener -> listener.accepted(unit.code(), period, numbers));
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("submission", id);
    facts.put("unit", unit.code());
    facts.put("period", period);
    facts.put("channel", channel.name());
    facts.put("acceptedBy", actor);
    facts.put("acceptedAt", now);
    facts.put("changes", changes);
    evidence.ifAvailable(ledger -> ledger.record("indicators.accepted", id, actor, unit.regionCode(), facts));
  }

  private static SubmissionMapper.ValueRow withRevision(SubmissionMapper.ValueRow value, int revision) {
    return new SubmissionMapper.ValueRow(value.indicatorCode(), value.numValue(), value.textValue(),
        value.submissionId(), revision);
  }

  private static boolean sameValue(SubmissionMapper.ValueRow row, ReportedValue value) {
    return row.numValue() != null && value.number() != null ? row.numValue().compareTo(value.number()) == 0
        : row.numValue() == null && value.number() == null && Objects.equals(row.textValue(), value.text());
  }

  private static boolean sameValue(SubmissionMapper.ValueRow a, SubmissionMapper.ValueRow b) {
    return sameValue(a, new ReportedValue(b.numValue(), b.textValue()));
  }

  private static String display(SubmissionMapper.ValueRow row) {
    return new ReportedValue(row.numValue(), row.textValue()).display();
  }

  private Submission toSubmission(SubmissionMapper.SubmissionRow row) {
    return toSubmission(row, submissions.values(row.id()));
  }

  private Submission toSubmission(SubmissionMapper.SubmissionRow row, List<SubmissionMapper.ValueRow> rows) {
    Map<String, String> values = new LinkedHashMap<>();
    rows.forEach(value -> values.put(value.indicatorCode(), display(value)));
    return new Submission(row.id(), row.unitCode(), row.dataSetCode(), row.period(), row.channel(), row.status(),
        row.submittedBy(), row.submittedAt(), values, read(row.errors()), false);
  }

  private String write(List<Violation> violations) {
    try {
      return truncate(json.writeValueAsString(violations));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Violation> read(String errors) {
    if (errors == null) {
      return List.of();
    }
    try {
      return json.readValue(errors, VIOLATIONS);
    } catch (JsonProcessingException e) {
      return List.of(new Violation("*", "unreadable", errors));
    }
  }

  private static String truncate(String text) {
    return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
  }
}
