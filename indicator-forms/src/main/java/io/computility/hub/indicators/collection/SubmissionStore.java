package io.computility.hub.indicators.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.validation.ReportedValue;
import io.computility.hub.indicators.validation.SubmissionValidator;
import io.computility.hub.indicators.validation.Violation;
import io.computility.hub.workers.evidence.BusinessEvidence;
import io.computility.hub.workers.jdbc.InList;
import io.computility.hub.workers.jdbc.MultiRowInsert;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores checked submissions as a set, in a number of statements that does not grow with the set: one read of the
 * earlier submissions of the idempotency keys, one read of the current values of every (unit, period) the set
 * touches, then one plain-JDBC multi-row insert each ({@link MultiRowInsert}) for the submissions, their values, the replaced revisions, the new
 * current values and the collection log (split every {@value #ROWS_PER_STATEMENT} rows), and one call of each
 * {@link AcceptedValues} listener. The submissions are applied in order in memory, so a set behaves as if each
 * were stored on its own: a later one sees the values an earlier one made current.
 */
@Component
class SubmissionStore {

  /** Rows per multi-row statement: keeps each statement well under the server's packet and placeholder limits. */
  static final int ROWS_PER_STATEMENT = 1000;

  private static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() { };

  private static final MultiRowInsert INSERT_SUBMISSIONS = new MultiRowInsert("ind_submission", "id, unit_code, "
      + "data_set_code, period_key, channel, status, submitted_by, submitted_at, idempotency_key, errors",
      ROWS_PER_STATEMENT);
  private static final MultiRowInsert INSERT_VALUES = new MultiRowInsert("ind_submission_value",
      "submission_id, indicator_code, num_value, text_value", ROWS_PER_STATEMENT);
  private static final MultiRowInsert INSERT_CURRENT = new MultiRowInsert("ind_value", "unit_code, indicator_code, "
      + "period_key, num_value, text_value, submission_id, revision, region_code, status, updated_at",
      ROWS_PER_STATEMENT);
  private static final MultiRowInsert INSERT_HISTORY = new MultiRowInsert("ind_value_history", "unit_code, "
      + "indicator_code, period_key, num_value, text_value, submission_id, revision, replaced_at", ROWS_PER_STATEMENT);

  private final SubmissionMapper submissions;
  private final JdbcTemplate jdbc;
  private final SubmissionLog log;
  private final ObjectMapper json;
  private final Clock clock;
  private final List<AcceptedValues> listeners;
  private final ObjectProvider<BusinessEvidence> evidence;

  SubmissionStore(SubmissionMapper submissions, JdbcTemplate jdbc, SubmissionLog log, ObjectMapper json, Clock clock,
      List<AcceptedValues> listeners, ObjectProvider<BusinessEvidence> evidence) {
    this.submissions = submissions;
    this.jdbc = jdbc;
    this.log = log;
    this.json = json;
    this.clock = clock;
    this.listeners = listeners;
    this.evidence = evidence;
  }

  /**
   * Records checked submissions, answering one submission per input in the same order. A valid one is
   * {@code VALIDATED} when its reviewer decides, otherwise {@code ACCEPTED} at once; an invalid one is recorded as
   * {@code INVALID} with its violations. A repeated idempotency key (stored or earlier in the set), or values equal
   * to the current ones, answer the earlier submission as a duplicate and store nothing.
   */
  List<Submission> store(List<Submissions.Pending> pending, Caller caller) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Map<String, String> storedKeys = storedKeys(pending);
    Current current = new Current(pending.stream().filter(SubmissionStore::acceptsNow)
        .map(Submissions.Pending::checked).toList());
    Changes changes = new Changes(caller.username(), now);
    Map<String, Integer> firstWithKey = new HashMap<>();
    Map<Integer, String> duplicateOf = new HashMap<>();
    Submission[] answers = new Submission[pending.size()];
    for (int i = 0; i < pending.size(); i++) {
      Submissions.Checked checked = pending.get(i).checked();
      Submissions.Incoming incoming = checked.incoming();
      String key = incoming.idempotencyKey() == null ? null : incoming.unitCode() + "\n" + incoming.idempotencyKey();
      if (key != null && storedKeys.containsKey(key)) {
        duplicateOf.put(i, storedKeys.get(key));
        continue;
      }
      if (key != null && firstWithKey.containsKey(key)) {
        duplicateOf.put(i, answers[firstWithKey.get(key)].id());
        continue;
      }
      if (acceptsNow(pending.get(i))) {
        String same = sameAsCurrent(current.of(checked.unit().code(), incoming.period()), checked.report().values());
        if (same != null) {
          changes.entries.add(new SubmissionLog.Entry(same, checked.unit().code(), incoming.period(),
              incoming.channel(), "DUPLICATE", caller.username(), "Same values as the current ones; nothing changed"));
          duplicateOf.put(i, same);
          continue;
        }
      }
      answers[i] = changes.add(checked, pending.get(i).review(), current);
      if (key != null) {
        firstWithKey.put(key, i);
      }
    }
    changes.write(current);
    return answers(answers, duplicateOf, changes.made);
  }

  /** The reviewer accepts a validated submission: its values become the current ones, earlier ones kept. */
  void accept(Submission submission, ReportingUnit unit, String reviewer) {
    submissions.updateStatus(submission.id(), SubmissionStatus.ACCEPTED, null);
    List<SubmissionMapper.ValueRow> values = submissions.values(submission.id());
    Current current = new Current(unit.code(), submission.period(),
        values.stream().map(SubmissionMapper.ValueRow::indicatorCode).toList());
    Changes changes = new Changes(reviewer, clock.instant());
    changes.accept(submission.id(), unit, submission.period(), submission.channel(), values, current);
    changes.write(current);
  }

  /** A stored submission with its values. */
  Submission toSubmission(SubmissionMapper.SubmissionRow row) {
    return toSubmission(row, submissions.values(row.id()));
  }

  String errors(List<Violation> violations) {
    try {
      return truncate(json.writeValueAsString(violations));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean acceptsNow(Submissions.Pending pending) {
    return pending.checked().report().valid() && !pending.review();
  }

  /** The submissions already stored under the set's idempotency keys, by unit and key, in one query. */
  private Map<String, String> storedKeys(List<Submissions.Pending> pending) {
    List<SubmissionMapper.KeyedSubmission> keys = pending.stream().map(Submissions.Pending::checked)
        .map(Submissions.Checked::incoming).filter(incoming -> incoming.idempotencyKey() != null)
        .map(incoming -> new SubmissionMapper.KeyedSubmission(incoming.unitCode(), incoming.idempotencyKey(), null))
        .distinct().toList();
    Map<String, String> stored = new HashMap<>();
    InList.inChunks(keys, ROWS_PER_STATEMENT, chunk -> submissions.findByKeys(chunk)
        .forEach(row -> stored.put(row.unitCode() + "\n" + row.idempotencyKey(), row.id())));
    return stored;
  }

  /** The answers, duplicates resolved: those made in this set from memory, earlier ones in two queries. */
  private List<Submission> answers(Submission[] answers, Map<Integer, String> duplicateOf,
      Map<String, Submission> made) {
    Set<String> earlierIds = new LinkedHashSet<>(duplicateOf.values());
    earlierIds.removeAll(made.keySet());
    Map<String, Submission> earlier = new HashMap<>(made);
    if (!earlierIds.isEmpty()) {
      Map<String, List<SubmissionMapper.ValueRow>> values = new HashMap<>();
      submissions.valuesOf(earlierIds).forEach(value -> values.computeIfAbsent(value.submissionId(),
          id -> new ArrayList<>()).add(value));
      submissions.findAll(earlierIds).forEach(row -> earlier.put(row.id(),
          toSubmission(row, values.getOrDefault(row.id(), List.of()))));
    }
    duplicateOf.forEach((index, id) -> answers[index] = earlier.get(id).asDuplicate());
    return List.of(answers);
  }

  /**
   * The current values of the (unit, period) pairs a set touches, read in one query and kept up to date in memory
   * as the set's submissions are applied; what changed is written when the set is done.
   */
  private final class Current {

    /** unit, period → indicator → current value. */
    private final Map<String, Map<String, SubmissionMapper.UnitValue>> values = new HashMap<>();
    /** Keys (unit, indicator, period) of the values stored before this set. */
    private final Set<String> stored = new HashSet<>();
    /** The set's new current values by key, the last one of each key. */
    private final Map<String, SubmissionMapper.UnitValue> written = new LinkedHashMap<>();
    /** Every revision the set replaced, stored ones and its own. */
    private final List<SubmissionMapper.UnitValue> replaced = new ArrayList<>();

    Current(List<Submissions.Checked> accepting) {
      Set<String> pairs = new HashSet<>();
      Set<String> units = new LinkedHashSet<>();
      Set<String> indicators = new LinkedHashSet<>();
      Set<String> periods = new LinkedHashSet<>();
      for (Submissions.Checked checked : accepting) {
        pairs.add(pair(checked.unit().code(), checked.incoming().period()));
        units.add(checked.unit().code());
        indicators.addAll(checked.report().values().keySet());
        periods.add(checked.incoming().period());
      }
      read(pairs, units, indicators, periods);
    }

    Current(String unitCode, String period, List<String> indicators) {
      read(Set.of(pair(unitCode, period)), Set.of(unitCode), indicators, Set.of(period));
    }

    private void read(Set<String> pairs, Collection<String> units, Collection<String> indicators,
        Collection<String> periods) {
      if (units.isEmpty() || indicators.isEmpty()) {
        return;
      }
      // the query bounds units, indicators and periods separately: keep only the pairs asked for
      for (SubmissionMapper.UnitValue row : submissions.currentValues(units, indicators, periods)) {
        if (pairs.contains(pair(row.unitCode(), row.period()))) {
          of(row.unitCode(), row.period()).put(row.indicatorCode(), row);
          stored.add(key(row));
        }
      }
    }

    Map<String, SubmissionMapper.UnitValue> of(String unitCode, String period) {
      return values.computeIfAbsent(pair(unitCode, period), pair -> new HashMap<>());
    }

    /** Makes a submission's values current; answers what changed, as the log says it. */
    List<String> apply(ReportingUnit unit, String period, List<SubmissionMapper.ValueRow> rows) {
      Map<String, SubmissionMapper.UnitValue> current = of(unit.code(), period);
      List<String> changes = new ArrayList<>();
      for (SubmissionMapper.ValueRow value : rows) {
        SubmissionMapper.UnitValue old = current.get(value.indicatorCode());
        if (old != null && sameValue(old.value(), value)) {
          continue;
        }
        SubmissionMapper.UnitValue now = new SubmissionMapper.UnitValue(unit.code(), period, unit.regionCode(),
            value.indicatorCode(), value.numValue(), value.textValue(), value.submissionId(),
            old == null ? 1 : old.revision() + 1);
        if (old == null) {
          changes.add(value.indicatorCode() + ": " + display(value));
        } else {
          replaced.add(old);
          changes.add(value.indicatorCode() + ": " + display(old.value()) + " -> " + display(value));
        }
        current.put(value.indicatorCode(), now);
        written.put(key(now), now);
      }
      return changes;
    }

    /** The history first, then the replaced current values out, then the new ones in. */
    void write(Instant at) {
      Timestamp stamp = Timestamp.from(at);
      INSERT_HISTORY.insert(jdbc, replaced, (statement, index, value) -> {
        int next = bindRevision(statement, index, value);
        statement.setTimestamp(next, stamp);
        return next + 1;
      });
      InList.inChunks(written.values().stream().filter(value -> stored.contains(key(value))).toList(),
          ROWS_PER_STATEMENT, submissions::deleteCurrent);
      INSERT_CURRENT.insert(jdbc, new ArrayList<>(written.values()), (statement, index, value) -> {
        int next = bindRevision(statement, index, value);
        statement.setString(next, value.regionCode());
        statement.setString(next + 1, "ACCEPTED");
        statement.setTimestamp(next + 2, stamp);
        return next + 3;
      });
    }

    /** The columns a current value shares with its history: key, value, submission and revision. */
    private static int bindRevision(PreparedStatement statement, int index, SubmissionMapper.UnitValue value)
        throws SQLException {
      statement.setString(index, value.unitCode());
      statement.setString(index + 1, value.indicatorCode());
      statement.setString(index + 2, value.period());
      statement.setBigDecimal(index + 3, value.numValue());
      statement.setString(index + 4, value.textValue());
      statement.setString(index + 5, value.submissionId());
      statement.setInt(index + 6, value.revision());
      return index + 7;
    }

    private static String pair(String unitCode, String period) {
      return unitCode + "\n" + period;
    }

    private static String key(SubmissionMapper.UnitValue value) {
      return value.unitCode() + "\n" + value.indicatorCode() + "\n" + value.period();
    }
  }

  /** A submission to insert, with the caller's idempotency key ({@code null} when none was given). */
  private record NewSubmission(SubmissionMapper.SubmissionRow row, String idempotencyKey) {
  }

  /** The ledger evidence of an accepted submission, recorded in the unit's region. */
  private record Evidence(String submissionId, String region, Map<String, Object> document) {
  }

  /** What a set writes: its submissions, their values, log entries, accepted values and evidence. */
  private final class Changes {

    private final String actor;
    private final Instant now;
    private final List<NewSubmission> rows = new ArrayList<>();
    private final List<SubmissionMapper.ValueRow> values = new ArrayList<>();
    private final List<SubmissionLog.Entry> entries = new ArrayList<>();
    private final List<AcceptedValues.Accepted> accepted = new ArrayList<>();
    private final List<Evidence> facts = new ArrayList<>();
    private final Map<String, Submission> made = new HashMap<>();

    Changes(String actor, Instant now) {
      this.actor = actor;
      this.now = now;
    }

    /** A new submission of the set: recorded, and accepted at once unless invalid or reviewed. */
    Submission add(Submissions.Checked checked, boolean review, Current current) {
      ReportingUnit unit = checked.unit();
      Submissions.Incoming incoming = checked.incoming();
      SubmissionValidator.Report report = checked.report();
      SubmissionStatus status = !report.valid() ? SubmissionStatus.INVALID
          : review ? SubmissionStatus.VALIDATED : SubmissionStatus.ACCEPTED;
      String id = SubmissionIds.next(now);
      String errors = report.valid() ? null : errors(report.violations());
      SubmissionMapper.SubmissionRow row = new SubmissionMapper.SubmissionRow(id, unit.code(),
          incoming.dataSetCode(), incoming.period(), incoming.channel(), status, actor, now, errors);
      rows.add(new NewSubmission(row, incoming.idempotencyKey()));
      Map<String, ?> stored = report.valid() ? report.values() : incoming.values();
      List<SubmissionMapper.ValueRow> own = new ArrayList<>();
      stored.forEach((code, value) -> {
        if (value instanceof ReportedValue reported) {
          own.add(new SubmissionMapper.ValueRow(code, reported.number(), reported.text(), id, 0));
        } else if (value != null) {
          own.add(new SubmissionMapper.ValueRow(code, null, truncate(value.toString()), id, 0));
        }
      });
      values.addAll(own);
      entries.add(new SubmissionLog.Entry(id, unit.code(), incoming.period(), incoming.channel(), "RECEIVED",
          actor, stored.size() + " values" + (incoming.dataSetCode() == null ? ""
              : " for data set " + incoming.dataSetCode())));
      if (status == SubmissionStatus.INVALID) {
        entries.add(new SubmissionLog.Entry(id, unit.code(), incoming.period(), incoming.channel(), "INVALID",
            actor, errors));
      } else if (status == SubmissionStatus.VALIDATED) {
        entries.add(new SubmissionLog.Entry(id, unit.code(), incoming.period(), incoming.channel(), "VALIDATED",
            actor, null));
      } else {
        accept(id, unit, incoming.period(), incoming.channel(), own, current);
      }
      Submission submission = toSubmission(row, own);
      made.put(id, submission);
      return submission;
    }

    /** A submission's values made current, logged as ACCEPTED with what changed, and announced. */
    void accept(String id, ReportingUnit unit, String period, Channel channel,
        List<SubmissionMapper.ValueRow> own, Current current) {
      List<String> changed = current.apply(unit, period, own);
      entries.add(new SubmissionLog.Entry(id, unit.code(), period, channel, "ACCEPTED", actor,
          changed.isEmpty() ? "No value changed" : String.join("; ", changed)));
      Map<String, BigDecimal> numbers = new LinkedHashMap<>();
      own.stream().filter(value -> value.numValue() != null)
          .forEach(value -> numbers.put(value.indicatorCode(), value.numValue()));
      accepted.add(new AcceptedValues.Accepted(id, unit, period, numbers));
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("submission", id);
      document.put("unit", unit.code());
      document.put("period", period);
      document.put("channel", channel.name());
      document.put("acceptedBy", actor);
      document.put("acceptedAt", now);
      document.put("changes", changed);
      facts.add(new Evidence(id, unit.regionCode(), document));
    }

    /** Everything in statements of many rows, then the listeners once for the whole set. */
    void write(Current current) {
      Timestamp stamp = Timestamp.from(now);
      INSERT_SUBMISSIONS.insert(jdbc, rows, (statement, index, submission) -> {
        SubmissionMapper.SubmissionRow row = submission.row();
        statement.setString(index, row.id());
        statement.setString(index + 1, row.unitCode());
        statement.setString(index + 2, row.dataSetCode());
        statement.setString(index + 3, row.period());
        statement.setString(index + 4, row.channel().name());
        statement.setString(index + 5, row.status().name());
        statement.setString(index + 6, row.submittedBy());
        statement.setTimestamp(index + 7, stamp);
        statement.setString(index + 8, submission.idempotencyKey());
        statement.setString(index + 9, row.errors());
        return index + 10;
      });
      INSERT_VALUES.insert(jdbc, values, (statement, index, value) -> {
        statement.setString(index, value.submissionId());
        statement.setString(index + 1, value.indicatorCode());
        statement.setBigDecimal(index + 2, value.numValue());
        statement.setString(index + 3, value.textValue());
        return index + 4;
      });
      current.write(now);
      InList.inChunks(entries, ROWS_PER_STATEMENT, log::record);
      if (!accepted.isEmpty()) {
        listeners.forEach(listener -> listener.accepted(accepted));
      }
      evidence.ifAvailable(ledger -> facts.forEach(accepted -> ledger.record("indicators.accepted",
          accepted.submissionId(), actor, accepted.region(), accepted.document())));
    }
  }

  /** The submission whose values are all current already, or {@code null}. */
  private static String sameAsCurrent(Map<String, SubmissionMapper.UnitValue> current,
      Map<String, ReportedValue> values) {
    String submissionId = null;
    for (Map.Entry<String, ReportedValue> entry : values.entrySet()) {
      SubmissionMapper.UnitValue row = current.get(entry.getKey());
      if (row == null || !sameValue(row.value(), entry.getValue())) {
        return null;
      }
      submissionId = row.submissionId();
    }
    return submissionId;
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

  private Submission toSubmission(SubmissionMapper.SubmissionRow row, List<SubmissionMapper.ValueRow> rows) {
    Map<String, String> values = new LinkedHashMap<>();
    rows.forEach(value -> values.put(value.indicatorCode(), display(value)));
    return new Submission(row.id(), row.unitCode(), row.dataSetCode(), row.period(), row.channel(), row.status(),
        row.submittedBy(), row.submittedAt(), values, read(row.errors()), false);
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
