package io.computility.hub.indicators.collection;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The {@code ind_data_set} table with its indicators and units. */
@Mapper
interface DataSetMapper {

  /** A data set without its members. */
  record DataSetRow(String code, String nameZh, String nameEn, PeriodType periodType, String dueAfter,
      String remindBefore) {
  }

  @Select("SELECT code, name_zh, name_en, period_type, due_after, remind_before FROM ind_data_set "
      + "WHERE code = #{code}")
  DataSetRow find(String code);

  @Select("SELECT code, name_zh, name_en, period_type, due_after, remind_before FROM ind_data_set ORDER BY code")
  List<DataSetRow> findAll();

  @Select("SELECT indicator_code FROM ind_data_set_indicator WHERE data_set_code = #{code} ORDER BY sort_order")
  List<String> indicators(String code);

  @Select("SELECT unit_code FROM ind_data_set_unit WHERE data_set_code = #{code} ORDER BY unit_code")
  List<String> units(String code);

  @Insert("INSERT INTO ind_data_set (code, name_zh, name_en, period_type, due_after, remind_before, updated_at) "
      + "VALUES (#{d.code}, #{d.nameZh}, #{d.nameEn}, #{d.periodType}, #{d.dueAfter}, #{d.remindBefore}, "
      + "CURRENT_TIMESTAMP(3))")
  void insert(@Param("d") DataSet dataSet);

  @Update("UPDATE ind_data_set SET name_zh = #{d.nameZh}, name_en = #{d.nameEn}, period_type = #{d.periodType}, "
      + "due_after = #{d.dueAfter}, remind_before = #{d.remindBefore}, updated_at = CURRENT_TIMESTAMP(3) "
      + "WHERE code = #{d.code}")
  void update(@Param("d") DataSet dataSet);

  @Delete("DELETE FROM ind_data_set_indicator WHERE data_set_code = #{code}")
  void clearIndicators(String code);

  @Delete("DELETE FROM ind_data_set_unit WHERE data_set_code = #{code}")
  void clearUnits(String code);

  @Insert("INSERT INTO ind_data_set_indicator (data_set_code, indicator_code, sort_order) "
      + "VALUES (#{code}, #{indicator}, #{order})")
  void addIndicator(@Param("code") String code, @Param("indicator") String indicator, @Param("order") int order);

  @Insert("INSERT INTO ind_data_set_unit (data_set_code, unit_code) VALUES (#{code}, #{unit})")
  void addUnit(@Param("code") String code, @Param("unit") String unit);
}
