package io.computility.hub.camel.adapter;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AllocationMapper {

  String COLUMNS = "id, provider_id, pool_id, order_ref, external_id, units, state, created_at";

  @Select("SELECT " + COLUMNS + " FROM camel_allocation WHERE provider_id = #{providerId} AND order_ref = #{orderRef}")
  Allocation findByOrder(@Param("providerId") String providerId, @Param("orderRef") String orderRef);

  @Select("SELECT " + COLUMNS + " FROM camel_allocation WHERE id = #{id}")
  Allocation findById(String id);

  @Insert("INSERT INTO camel_allocation (" + COLUMNS + ", updated_at) VALUES (#{a.id}, #{a.providerId},"
      + " #{a.poolId}, #{a.orderRef}, #{a.externalId}, #{a.units}, #{a.state}, #{a.createdAt}, #{a.createdAt})")
  void insert(@Param("a") Allocation allocation);

  @Update("UPDATE camel_allocation SET state = #{state}, updated_at = #{at} WHERE id = #{id}")
  void updateState(@Param("id") String id, @Param("state") String state, @Param("at") Instant at);
}
