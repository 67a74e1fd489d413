package io.computility.hub.indicators.evaluation;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** The evaluation model tables. */
@Mapper
interface EvaluationMapper {

  /** A model without its criteria. */
  record ModelRow(String code, String nameZh, String nameEn) {
  }

  @Select("SELECT code, name_zh, name_en FROM ind_evaluation_model WHERE code = #{code}")
  ModelRow find(String code);

  @Select("SELECT indicator_code, weight, higher_is_better FROM ind_evaluation_criterion "
      + "WHERE model_code = #{code} ORDER BY indicator_code")
  List<ScoringModel.Criterion> criteria(String code);
}
