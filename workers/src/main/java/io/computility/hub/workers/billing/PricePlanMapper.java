package io.computility.hub.workers.billing;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The table {@code billing_price_plan}. */
@Mapper
interface PricePlanMapper {

  @Select("SELECT MAX(version) FROM billing_price_plan WHERE product_id = #{productId}")
  Integer latestVersion(String productId);

  @Select("""
      SELECT product_id, version, meter, unit, unit_price_fen, valid_from
        FROM billing_price_plan WHERE product_id = #{productId} AND version = #{version} ORDER BY meter""")
  List<PricePlanRow> version(@Param("productId") String productId, @Param("version") int version);

  @Insert("""
      INSERT INTO billing_price_plan (product_id, version, meter, unit, unit_price_fen, valid_from)
      VALUES (#{productId}, #{version}, #{meter}, #{unit}, #{unitPriceFen}, #{validFrom})""")
  void insert(PricePlanRow row);
}
