package io.computility.hub.indicators.validation;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** The {@code ind_cross_rule} table. */
@Mapper
public interface CrossRuleMapper {

  @Select("SELECT code, left_code, operator, right_code, right_constant, description_zh, description_en "
      + "FROM ind_cross_rule ORDER BY code")
  List<CrossRule> findAll();
}
