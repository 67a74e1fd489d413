package io.computility.hub.indicators.collection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Component;

/**
 * The one collection log (M-9.3 b): every submission, whatever its way in, and every step of its collection
 * task (received, invalid, validated, accepted with what changed, rejected, reminded, escalated).
 */
@Component
public class SubmissionLog {

  private final LogMapper log;
  private final Clock clock;

  SubmissionLog(LogMapper log, Clock clock) {
    this.log = log;
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

  /** Appends entries in their order, stamped now, in one statement. */
  public void record(List<Entry> entries) {
    Instant now = clock.instant();
    log.insert(entries.stream().map(e -> new LogEntry(0, e.submissionId(), e.unitCode(), e.period(), e.channel(),
        e.action(), e.actor(), now, e.detail() == null || e.detail().length() <= 4000 ? e.detail()
            : e.detail().substring(0, 3997) + "...")).toList());
  }

  /** A unit's entries, oldest first, optionally for one period. */
  public List<LogEntry> of(String unitCode, String period) {
    return log.find(unitCode, period);
  }

  @Mapper
  interface LogMapper {
    @Insert("<script>INSERT INTO ind_collection_log (submission_id, unit_code, period_key, channel, action, actor, "
        + "occurred_at, detail) VALUES <foreach item='e' collection='entries' separator=','>(#{e.submissionId}, "
        + "#{e.unitCode}, #{e.period}, #{e.channel}, #{e.action}, #{e.actor}, #{e.occurredAt}, #{e.detail})"
        + "</foreach></script>")
    void insert(@Param("entries") List<LogEntry> entries);

    @Select("<script>SELECT id, submission_id, unit_code, period_key AS period, channel, action, actor, "
        + "occurred_at, detail FROM ind_collection_log WHERE unit_code = #{unit}"
        + "<if test='period != null'> AND period_key = #{period}</if> ORDER BY id</script>")
    List<LogEntry> find(@Param("unit") String unitCode, @Param("period") String period);
  }

}
