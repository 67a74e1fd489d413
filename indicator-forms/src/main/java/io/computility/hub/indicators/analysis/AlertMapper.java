package io.computility.hub.indicators.analysis;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The {@code ind_alert} and {@code ind_alert_rule} tables. */
@Mapper
interface AlertMapper {

  /** A threshold rule: {@code value operator threshold} raises an alert. */
  record AlertRule(String code, String indicatorCode, String operator, BigDecimal threshold, String messageZh,
      String messageEn) {
  }

  /** Alerts in one statement. */
  @Insert("<script>INSERT INTO ind_alert (kind, unit_code, region_code, indicator_code, period_key, message, "
      + "raised_at) VALUES <foreach item='a' collection='alerts' separator=','>(#{a.kind}, #{a.unitCode}, "
      + "#{a.regionCode}, #{a.indicatorCode}, #{a.period}, #{a.message}, #{a.raisedAt})</foreach></script>")
  void insert(@Param("alerts") List<Alert> alerts);

  @Select("<script>SELECT id, kind, unit_code, region_code, indicator_code, period_key AS period, message, raised_at "
      + "FROM ind_alert WHERE region_code LIKE CONCAT(#{prefix}, '%')"
      + "<if test='period != null'> AND period_key = #{period}</if>"
      + "<if test='kind != null'> AND kind = #{kind}</if>"
      + " ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}</script>")
  List<Alert> find(@Param("prefix") String regionPrefix, @Param("period") String period,
      @Param("kind") String kind, @Param("limit") int limit, @Param("offset") int offset);

  @Select("SELECT code, indicator_code, operator, threshold, message_zh, message_en FROM ind_alert_rule "
      + "ORDER BY code")
  List<AlertRule> rules();
}
