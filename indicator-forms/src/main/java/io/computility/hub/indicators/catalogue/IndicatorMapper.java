package io.computility.hub.indicators.catalogue;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The {@code ind_indicator} table and its history. */
@Mapper
interface IndicatorMapper {

  String COLUMNS = "code, parent_code, level_no, name_zh, name_en, definition, description, unit, value_type, "
      + "aggregation, weight_code, min_value, max_value, choices, status, sort_order";

  @Select("SELECT " + COLUMNS + " FROM ind_indicator ORDER BY level_no, parent_code, sort_order, code")
  List<Indicator> findAll();

  @Select("SELECT " + COLUMNS + " FROM ind_indicator WHERE code = #{code}")
  Indicator find(String code);

  @Insert("INSERT INTO ind_indicator (" + COLUMNS + ", updated_at) VALUES (#{i.code}, #{i.parentCode}, "
      + "#{i.levelNo}, #{i.nameZh}, #{i.nameEn}, #{i.definition}, #{i.description}, #{i.unit}, #{i.valueType}, "
      + "#{i.aggregation}, #{i.weightCode}, #{i.minValue}, #{i.maxValue}, #{i.choices}, #{i.status}, "
      + "#{i.sortOrder}, CURRENT_TIMESTAMP(3))")
  void insert(@Param("i") Indicator indicator);

  @Update("UPDATE ind_indicator SET name_zh = #{i.nameZh}, name_en = #{i.nameEn}, definition = #{i.definition}, "
      + "description = #{i.description}, unit = #{i.unit}, value_type = #{i.valueType}, "
      + "aggregation = #{i.aggregation}, weight_code = #{i.weightCode}, min_value = #{i.minValue}, "
      + "max_value = #{i.maxValue}, choices = #{i.choices}, status = #{i.status}, sort_order = #{i.sortOrder}, "
      + "updated_at = CURRENT_TIMESTAMP(3) WHERE code = #{i.code}")
  void update(@Param("i") Indicator indicator);

  @Update("DELETE FROM ind_indicator WHERE code = #{code}")
  void delete(String code);

  @Select("SELECT COUNT(*) FROM ind_indicator WHERE parent_code = #{code}")
  int countChildren(String code);

  /** Whether any data set or stored value refers to the indicator. */
  @Select("SELECT (SELECT COUNT(*) FROM ind_data_set_indicator WHERE indicator_code = #{code}) "
      + "+ (SELECT COUNT(*) FROM ind_submission_value WHERE indicator_code = #{code})")
  int countUses(String code);

  @Insert("INSERT INTO ind_indicator_history (code, action, actor, changed_at, snapshot) "
      + "VALUES (#{code}, #{action}, #{actor}, CURRENT_TIMESTAMP(3), #{snapshot})")
  void recordChange(@Param("code") String code, @Param("action") String action, @Param("actor") String actor,
      @Param("snapshot") String snapshot);
}
