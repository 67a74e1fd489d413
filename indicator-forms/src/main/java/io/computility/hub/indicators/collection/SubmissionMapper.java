package io.computility.hub.indicators.collection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Submissions, their values, and the current values with their history. */
@Mapper
interface SubmissionMapper {

  /** A submission without its values. */
  record SubmissionRow(String id, String unitCode, String dataSetCode, String period, Channel channel,
      SubmissionStatus status, String submittedBy, Instant submittedAt, String errors) {
  }

  /** One value of a submission, or the current value of a unit's indicator in a period. */
  record ValueRow(String indicatorCode, BigDecimal numValue, String textValue, String submissionId, int revision) {
  }

  String SUBMISSION = "SELECT id, unit_code, data_set_code, period_key AS period, channel, status, submitted_by, "
      + "submitted_at, errors FROM ind_submission ";

  @Insert("INSERT INTO ind_submission (id, unit_code, data_set_code, period_key, channel, status, submitted_by, "
      + "submitted_at, idempotency_key, errors) VALUES (#{s.id}, #{s.unitCode}, #{s.dataSetCode}, #{s.period}, "
      + "#{s.channel}, #{s.status}, #{s.submittedBy}, #{s.submittedAt}, #{key}, #{s.errors})")
  void insert(@Param("s") SubmissionRow submission, @Param("key") String idempotencyKey);

  /** A submission's values in one statement. */
  @Insert("<script>INSERT INTO ind_submission_value (submission_id, indicator_code, num_value, text_value) VALUES "
      + "<foreach item='v' collection='values' separator=','>"
      + "(#{v.submissionId}, #{v.indicatorCode}, #{v.numValue}, #{v.textValue})</foreach></script>")
  void insertValues(@Param("values") List<ValueRow> values);

  @Select(SUBMISSION + "WHERE id = #{id}")
  SubmissionRow find(String id);

  @Select(SUBMISSION + "WHERE unit_code = #{unit} AND idempotency_key = #{key}")
  SubmissionRow findByKey(@Param("unit") String unitCode, @Param("key") String idempotencyKey);

  @Select("<script>" + SUBMISSION + "WHERE unit_code = #{unit}"
      + "<if test='period != null'> AND period_key = #{period}</if> ORDER BY submitted_at DESC, id</script>")
  List<SubmissionRow> findByUnit(@Param("unit") String unitCode, @Param("period") String period);

  @Select("SELECT indicator_code, num_value, text_value, submission_id, 0 AS revision FROM ind_submission_value "
      + "WHERE submission_id = #{id} ORDER BY indicator_code")
  List<ValueRow> values(String submissionId);

  @Update("UPDATE ind_submission SET status = #{status}, errors = #{errors} WHERE id = #{id}")
  void updateStatus(@Param("id") String id, @Param("status") SubmissionStatus status,
      @Param("errors") String errors);

  @Select("SELECT indicator_code, num_value, text_value, submission_id, revision FROM ind_value "
      + "WHERE unit_code = #{unit} AND period_key = #{period}")
  List<ValueRow> currentValues(@Param("unit") String unitCode, @Param("period") String period);

  /** New current values of a unit and period in one statement. */
  @Insert("<script>INSERT INTO ind_value (unit_code, indicator_code, period_key, region_code, num_value, "
      + "text_value, submission_id, revision, status, updated_at) VALUES <foreach item='v' collection='values' "
      + "separator=','>(#{unit}, #{v.indicatorCode}, #{period}, #{region}, #{v.numValue}, #{v.textValue}, "
      + "#{v.submissionId}, #{v.revision}, 'ACCEPTED', #{at})</foreach></script>")
  void insertCurrent(@Param("unit") String unitCode, @Param("period") String period,
      @Param("region") String regionCode, @Param("values") List<ValueRow> values, @Param("at") Instant at);

  /** Removes current values of a unit and period that are being replaced (their history is written first). */
  @Delete("<script>DELETE FROM ind_value WHERE unit_code = #{unit} AND period_key = #{period} AND indicator_code IN "
      + "<foreach item='c' collection='codes' open='(' separator=',' close=')'>#{c}</foreach></script>")
  void deleteCurrent(@Param("unit") String unitCode, @Param("period") String period,
      @Param("codes") List<String> indicatorCodes);

  /** Replaced revisions of a unit's values in a period, in one statement. */
  @Insert("<script>INSERT INTO ind_value_history (unit_code, indicator_code, period_key, num_value, text_value, "
      + "submission_id, revision, replaced_at) VALUES <foreach item='v' collection='values' separator=','>"
      + "(#{unit}, #{v.indicatorCode}, #{period}, #{v.numValue}, #{v.textValue}, #{v.submissionId}, #{v.revision}, "
      + "#{at})</foreach></script>")
  void insertHistory(@Param("unit") String unitCode, @Param("period") String period,
      @Param("values") List<ValueRow> replaced, @Param("at") Instant at);

  @Select("SELECT indicator_code, num_value, text_value, submission_id, revision FROM ind_value_history "
      + "WHERE unit_code = #{unit} AND indicator_code = #{code} AND period_key = #{period} ORDER BY revision")
  List<ValueRow> history(@Param("unit") String unitCode, @Param("code") String indicatorCode,
      @Param("period") String period);
}
