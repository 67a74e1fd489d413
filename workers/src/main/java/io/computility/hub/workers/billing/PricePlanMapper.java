package io.computility.hub.workers.billing;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The tables {@code billing_price_plan}, {@code billing_price_plan_terms} and {@code billing_price_plan_cap}. */
@Mapper
interface PricePlanMapper {

  @Select("SELECT MAX(version) FROM billing_price_plan WHERE product_id = #{productId}")
  Integer latestVersion(String productId);

  @Select("""
      SELECT product_id, version, meter, unit, unit_price_fen, valid_from, price_model, tiers, user_class, commitment,
             per_quantity
        FROM billing_price_plan WHERE product_id = #{productId} AND version = #{version}
       ORDER BY meter, user_class, commitment""")
  List<PricePlanRow> version(@Param("productId") String productId, @Param("version") int version);

  @Select("""
      SELECT product_id, version, minimum_charge_fen, gold_multiplier, silver_multiplier, bronze_multiplier,
             public_service_quota
        FROM billing_price_plan_terms WHERE product_id = #{productId} AND version = #{version}""")
  PlanTermsRow terms(@Param("productId") String productId, @Param("version") int version);

  @Select("""
      SELECT product_id, version, meter, cap_fen FROM billing_price_plan_cap
       WHERE product_id = #{productId} AND version = #{version} ORDER BY meter""")
  List<PlanCapRow> caps(@Param("productId") String productId, @Param("version") int version);

  /** A product's public-service quota as its latest version's terms keep it. */
  record QuotaRow(String productId, BigDecimal publicServiceQuota) {
  }

  /**
   * The public-service quota of each of these products whose latest version has terms; a product without a plan, or
   * whose latest version has none, has no row.
   */
  @Select("""
      <script>
      SELECT t.product_id, t.public_service_quota
        FROM (SELECT product_id, MAX(version) AS version FROM billing_price_plan
               WHERE product_id IN
                     <foreach item='p' collection='productIds' open='(' separator=',' close=')'>#{p}</foreach>
               GROUP BY product_id) latest
        JOIN billing_price_plan_terms t ON t.product_id = latest.product_id AND t.version = latest.version
      </script>""")
  List<QuotaRow> publicServiceQuotas(@Param("productIds") Collection<String> productIds);

  @Select("SELECT DISTINCT product_id FROM billing_price_plan ORDER BY product_id LIMIT #{limit} OFFSET #{offset}")
  List<String> products(@Param("limit") int limit, @Param("offset") long offset);

  @Insert("""
      INSERT INTO billing_price_plan (product_id, version, meter, unit, unit_price_fen, valid_from, price_model, tiers,
                                      user_class, commitment, per_quantity)
      VALUES (#{productId}, #{version}, #{meter}, #{unit}, #{unitPriceFen}, #{validFrom}, #{priceModel}, #{tiers},
              #{userClass}, #{commitment}, #{perQuantity})""")
  void insert(PricePlanRow row);

  @Insert("""
      INSERT INTO billing_price_plan_terms (product_id, version, minimum_charge_fen, gold_multiplier,
                                            silver_multiplier, bronze_multiplier, public_service_quota)
      VALUES (#{productId}, #{version}, #{minimumChargeFen}, #{goldMultiplier}, #{silverMultiplier},
              #{bronzeMultiplier}, #{publicServiceQuota})""")
  void insertTerms(PlanTermsRow row);

  @Insert("""
      INSERT INTO billing_price_plan_cap (product_id, version, meter, cap_fen)
      VALUES (#{productId}, #{version}, #{meter}, #{capFen})""")
  void insertCap(PlanCapRow row);
}
