package io.computility.hub.indicators.analysis;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Aggregates and raw reads over {@code ind_value}. */
@Mapper
interface StatisticsMapper {

  /** Partial aggregate of one indicator in one period for the units of one region code. */
  record PartialRow(String regionCode, BigDecimal total, long n, BigDecimal weightedSum, BigDecimal weightTotal) {
  }

  /**
   * One pass over the indicator and its weight in the period (both read from {@code ind_value_cover} alone): each
   * unit's value and weight side by side, then summed per region code.
   */
  @Select("SELECT region_code, SUM(val) AS total, COUNT(val) AS n, SUM(val * wt) AS weighted_sum, "
      + "SUM(wt) AS weight_total FROM (SELECT unit_code, region_code, "
      + "MAX(CASE WHEN indicator_code = #{code} THEN num_value END) AS val, "
      + "MAX(CASE WHEN indicator_code = #{weight} THEN num_value END) AS wt FROM ind_value "
      + "WHERE period_key = #{period} AND indicator_code IN (#{code}, #{weight}) "
      + "AND region_code LIKE CONCAT(#{prefix}, '%') GROUP BY unit_code, region_code) unit_values "
      + "WHERE val IS NOT NULL GROUP BY region_code")
  List<PartialRow> partials(@Param("code") String indicatorCode, @Param("weight") String weightCode,
      @Param("period") String period, @Param("prefix") String regionPrefix);

  @Select("<script>SELECT unit_code, region_code, indicator_code, period_key AS period, num_value, text_value, "
      + "revision, updated_at FROM ind_value WHERE region_code LIKE CONCAT(#{prefix}, '%')"
      + "<if test='indicator != null'> AND indicator_code = #{indicator}</if>"
      + "<if test='period != null'> AND period_key = #{period}</if>"
      + "<if test='unit != null'> AND unit_code = #{unit}</if>"
      + "<if test='units != null'> AND unit_code IN <foreach item='u' collection='units' open='(' separator=',' "
      + "close=')'>#{u}</foreach></if>"
      + " ORDER BY period_key, region_code, unit_code, indicator_code LIMIT #{limit} OFFSET #{offset}</script>")
  List<StoredValue> values(@Param("prefix") String regionPrefix, @Param("indicator") String indicatorCode,
      @Param("period") String period, @Param("unit") String unitCode, @Param("units") List<String> unitCodes,
      @Param("limit") int limit, @Param("offset") int offset);
}
