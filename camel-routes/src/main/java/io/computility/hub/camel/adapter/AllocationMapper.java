package io.computility.hub.camel.adapter;

import java.math.BigDecimal;
import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AllocationMapper {

  String COLUMNS = "id, provider_id, pool_id, order_ref, external_id, units, state";

  @Select("SELECT " + COLUMNS + " FROM camel_allocation WHERE provider_id = #{providerId} AND order_ref = #{orderRef}")
  Allocation findByOrder(@Param("providerId") String providerId, @Param("orderRef") String orderRef);

  @Select("SELECT " + COLUMNS + " FROM camel_allocation WHERE id = #{id}")
  Allocation findById(String id);

  @Insert("INSERT INTO camel_allocation (" + COLUMNS + ", created_at, updated_at) VALUES (#{a.id}, #{a.providerId},"
      + " #{a.poolId}, #{a.orderRef}, #{a.externalId}, #{a.units}, #{a.state}, #{at}, #{at})")
  void insert(@Param("a") Allocation allocation, @Param("at") Instant at);

  @Update("UPDATE camel_allocation SET state = #{state}, updated_at = #{at} WHERE id = #{id}")
  void updateState(@Param("id") String id, @Param("state") String state, @Param("at") Instant at);

  @Insert("INSERT INTO camel_usage_sample (provider_id, allocation_ref, unit_hours, period_start, period_end, source,"
      + " recorded_at) VALUES (#{providerId}, #{allocationRef}, #{unitHours}, #{start}, #{end}, #{source}, #{end})")
  void insertUsage(@Param("providerId") String providerId, @Param("allocationRef") String allocationRef,
      @Param("unitHours") BigDecimal unitHours, @Param("start") Instant start, @Param("end") Instant end,
      @Param("source") String source);
}
