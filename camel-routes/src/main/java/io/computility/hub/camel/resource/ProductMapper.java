package io.computility.hub.camel.resource;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ProductMapper {

  String COLUMNS = "id, pool_id, name, spec, price_fen_per_hour, currency, state, last_state, updated_at";

  @Select("SELECT " + COLUMNS + " FROM camel_product WHERE id = #{id}")
  Product findById(String id);

  @Select("SELECT " + COLUMNS + " FROM camel_product WHERE state = #{state} ORDER BY id")
  List<Product> findByState(ProductState state);

  @Select("SELECT " + COLUMNS + " FROM camel_product WHERE pool_id IN"
      + " (SELECT id FROM camel_resource_pool WHERE provider_id = #{providerId}) ORDER BY id")
  List<Product> findByProvider(String providerId);

  @Insert("INSERT INTO camel_product (" + COLUMNS + ") VALUES (#{p.id}, #{p.poolId}, #{p.name}, #{p.spec},"
      + " #{p.priceFenPerHour}, #{p.currency}, #{p.state}, #{p.lastState}, #{p.updatedAt})")
  void insert(@Param("p") Product product);

  @Update("UPDATE camel_product SET price_fen_per_hour = #{p.priceFenPerHour}, state = #{p.state},"
      + " last_state = #{p.lastState}, updated_at = #{p.updatedAt} WHERE id = #{p.id}")
  int update(@Param("p") Product product);
}
