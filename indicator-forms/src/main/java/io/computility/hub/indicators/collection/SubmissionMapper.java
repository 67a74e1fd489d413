package io.computility.hub.indicators.collection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
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

  /** A unit's idempotency key and the submission it was first given with. */
  record KeyedSubmission(String unitCode, String idempotencyKey, String id) {
  }

  /** The submissions given with any of these (unit, key) pairs, in one statement. */
  @Select("<script>SELECT unit_code, idempotency_key, id FROM ind_submission WHERE "
      + "<foreach item='k' collection='keys' separator=' OR '>"
      + "(unit_code = #{k.unitCode} AND idempotency_key = #{k.idempotencyKey})</foreach></script>")
  List<KeyedSubmission> findByKeys(@Param("keys") List<KeyedSubmission> keys);

  @Select("<script>" + SUBMISSION + "WHERE id IN "
      + "<foreach item='i' collection='ids' open='(' separator=',' close=')'>#{i}</foreach></script>")
  List<SubmissionRow> findAll(@Param("ids") Collection<String> ids);

  @Select("<script>SELECT indicator_code, num_value, text_value, submission_id, 0 AS revision "
      + "FROM ind_submission_value WHERE submission_id IN "
      + "<foreach item='i' collection='ids' open='(' separator=',' close=')'>#{i}</foreach> "
      + "ORDER BY submission_id, indicator_code</script>")
  List<ValueRow> valuesOf(@Param("ids") Collection<String> submissionIds);

  @Select(SUBMISSION + "WHERE id = #{id}")
  SubmissionRow find(String id);

  @Select("<script>" + SUBMISSION + "WHERE unit_code = #{unit}"
      + "<if test='period != null'> AND period_key = #{period}</if> ORDER BY submitted_at DESC, id</script>")
  List<SubmissionRow> findByUnit(@Param("unit") String unitCode, @Param("period") String period);

  @Select("SELECT indicator_code, num_value, text_value, submission_id, 0 AS revision FROM ind_submission_value "
      + "WHERE submission_id = #{id} ORDER BY indicator_code")
  List<ValueRow> values(String submissionId);

  @Update("UPDATE ind_submission SET status = #{status}, errors = #{errors} WHERE id = #{id}")
  void updateStatus(@Param("id") String id, @Param("status") SubmissionStatus status,
      @Param("errors") String errors);

  /** A value with the unit and period it belongs to: a current value, or one about to be made current. */
  record UnitValue(String unitCode, String period, String regionCode, String indicatorCode, BigDecimal numValue,
      String textValue, String submissionId, int revision) {

    ValueRow value() {
      return new ValueRow(indicatorCode, numValue, textValue, submissionId, revision);
    }
  }

  /**
   * The current values of these units' indicators in these periods, in one statement: every part of the primary
   * key is bounded, so the database reads only those keys. The caller keeps the unit/period pairs it asked for.
   */
  @Select("<script>SELECT unit_code, period_key AS period, region_code, indicator_code, num_value, text_value, "
      + "submission_id, revision FROM ind_value WHERE unit_code IN "
      + "<foreach item='u' collection='units' open='(' separator=',' close=')'>#{u}</foreach> AND indicator_code IN "
      + "<foreach item='i' collection='indicators' open='(' separator=',' close=')'>#{i}</foreach> AND period_key IN "
      + "<foreach item='p' collection='periods' open='(' separator=',' close=')'>#{p}</foreach></script>")
  List<UnitValue> currentValues(@Param("units") Collection<String> unitCodes,
      @Param("indicators") Collection<String> indicatorCodes, @Param("periods") Collection<String> periods);

  /** Removes current values that are being replaced (their history is written first), in one statement. */
  @Delete("<script>DELETE FROM ind_value WHERE <foreach item='v' collection='values' separator=' OR '>"
      + "(unit_code = #{v.unitCode} AND indicator_code = #{v.indicatorCode} AND period_key = #{v.period})"
      + "</foreach></script>")
  void deleteCurrent(@Param("values") List<UnitValue> replaced);

  @Select("SELECT indicator_code, num_value, text_value, submission_id, revision FROM ind_value_history "
      + "WHERE unit_code = #{unit} AND indicator_code = #{code} AND period_key = #{period} ORDER BY revision")
  List<ValueRow> history(@Param("unit") String unitCode, @Param("code") String indicatorCode,
      @Param("period") String period);
}
