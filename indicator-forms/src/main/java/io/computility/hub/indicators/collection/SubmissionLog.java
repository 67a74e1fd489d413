package io.computility.hub.indicators.collection;

import io.computility.hub.workers.jdbc.MultiRowInsert;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one collection log (M-9.3 b): every submission, whatever its way in, and every step of its collection
 * task (received, invalid, validated, accepted with what changed, rejected, reminded, escalated).
 */
@Component
public class SubmissionLog {

  private static final MultiRowInsert INSERT = new MultiRowInsert("ind_collection_log", "submission_id, unit_code, "
      + "period_key, channel, action, actor, occurred_at, detail", 1000);

  private final LogMapper log;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  SubmissionLog(LogMapper log, JdbcTemplate jdbc, Clock clock) {
    this.log = log;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** An entry to append: the log stamps it. */
  public record Entry(String submissionId, String unitCode, String period, Channel channel, String action,
      String actor, String detail) {
  }

  /** Appends an entry stamped now. */
  public void record(String submissionId, String unitCode, String period, Channel channel, String action,
      String actor, String detail) {
    record(List.of(new Entry(submissionId, unitCode, period, channel, action, actor, detail)));
  }

  /** Appends entries in their order, stamped now, in one statement per 1,000. */
  public void record(List<Entry> entries) {
    Timestamp now = Timestamp.from(clock.instant());
    INSERT.insert(jdbc, entries, (statement, index, entry) -> {
      statement.setString(index, entry.submissionId());
      statement.setString(index + 1, entry.unitCode());
      statement.setString(index + 2, entry.period());
      statement.setString(index + 3, entry.channel().name());
      statement.setString(index + 4, entry.action());
      statement.setString(index + 5, entry.actor());
      statement.setTimestamp(index + 6, now);
      statement.setString(index + 7, entry.detail() == null || entry.detail().length() <= 4000 ? entry.detail()
          : entry.detail().substring(0, 3997) + "...");
      return index + 8;
    });
  }

  /** A unit's entries, oldest first, optionally for one period. */
  public List<LogEntry> of(String unitCode, String period) {
    return log.find(unitCode, period);
  }

  @Mapper
  interface LogMapper {
    @Select("<script>SELECT id, submission_id, unit_code, period_key AS period, channel, action, actor, "
        + "occurred_at, detail FROM ind_collection_log WHERE unit_code = #{unit}"
        + "<if test='period != null'> AND period_key = #{period}</if> ORDER BY id</script>")
    List<LogEntry> find(@Param("unit") String unitCode, @Param("period") String period);
  }

}
