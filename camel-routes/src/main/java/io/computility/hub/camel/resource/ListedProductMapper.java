package io.computility.hub.camel.resource;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Read-only queries over listed products joined with their pools and providers; every criterion is optional. */
@Mapper
interface ListedProductMapper {

  String FROM_WHERE = """
      FROM camel_product p
      JOIN camel_resource_pool pool ON pool.id = p.pool_id
      JOIN camel_provider prov ON prov.id = pool.provider_id
      <where>
        p.state = 'LISTED'
        <if test="kind != null"> AND pool.kind = #{kind}</if>
        <if test="regionPrefix != null"> AND pool.region_code LIKE CONCAT(#{regionPrefix}, '%')</if>
        <if test="providerId != null"> AND prov.id = #{providerId}</if>
        <if test="minPriceFen != null"> AND p.price_fen_per_hour &gt;= #{minPriceFen}</if>
        <if test="maxPriceFen != null"> AND p.price_fen_per_hour &lt;= #{maxPriceFen}</if>
        <if test="textPattern != null"> AND (LOWER(p.name) LIKE #{textPattern} OR LOWER(p.spec) LIKE #{textPattern}
          OR LOWER(prov.name) LIKE #{textPattern})</if>
      </where>""";

  /** Columns in the order of {@link ListedProduct}'s components, each under its own label. */
  String COLUMNS = "p.id AS product_id, p.name, p.spec, p.price_fen_per_hour, p.currency, pool.id AS pool_id,"
      + " pool.kind, pool.region_code, pool.zone, prov.id AS provider_id, prov.name AS provider_name,"
      + " pool.total_units, pool.remaining_units, pool.health, p.updated_at ";

  @Select("<script>SELECT " + COLUMNS
      + FROM_WHERE + " ORDER BY p.price_fen_per_hour, p.id LIMIT #{limit} OFFSET #{offset}</script>")
  List<ListedProduct> find(@Param("kind") ResourceKind kind, @Param("regionPrefix") String regionPrefix,
      @Param("providerId") String providerId, @Param("minPriceFen") Long minPriceFen,
      @Param("maxPriceFen") Long maxPriceFen, @Param("textPattern") String textPattern, @Param("offset") long offset,
      @Param("limit") int limit);

  @Select("<script>SELECT COUNT(*) " + FROM_WHERE + "</script>")
  long count(@Param("kind") ResourceKind kind, @Param("regionPrefix") String regionPrefix,
      @Param("providerId") String providerId, @Param("minPriceFen") Long minPriceFen,
      @Param("maxPriceFen") Long maxPriceFen, @Param("textPattern") String textPattern);
}
