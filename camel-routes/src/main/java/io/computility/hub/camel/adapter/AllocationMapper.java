package io.computility.hub.camel.adapter;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AllocationMapper {

  String COLUMNS = "id, provider_id, pool_id, order_ref, external_id, units, state, detail, created_at";

  @Select("SELECT " + COLUMNS + " FROM camel_allocation WHERE provider_id = #{providerId} AND order_ref = #{orderRef}")
  Allocation findByOrder(@Param("providerId") String providerId, @Param("orderRef") String orderRef);

  @Select("SELECT " + COLUMNS + " FROM camel_allocation WHERE id = #{id}")
  Allocation findById(String id);

  @Select("SELECT " + COLUMNS + " FROM camel_allocation WHERE provider_id = #{providerId}"
      + " AND external_id = #{externalId}")
  Allocation findByExternalId(@Param("providerId") String providerId, @Param("externalId") String externalId);

  @Insert("INSERT INTO camel_allocation (" + COLUMNS + ", updated_at) VALUES (#{a.id}, #{a.providerId},"
      + " #{a.poolId}, #{a.orderRef}, #{a.externalId}, #{a.units}, #{a.state}, #{a.detail}, #{a.createdAt},"
      + " #{a.createdAt})")
  void insert(@Param("a") Allocation allocation);

  /** Moves an allocation on only from the state the caller saw, so that concurrent reports apply once. */
  @Update("UPDATE camel_allocation SET state = #{to}, detail = #{detail}, updated_at = #{at} WHERE id = #{id}"
      + " AND state = #{from}")
  int updateState(@Param("id") String id, @Param("from") AllocationState from, @Param("to") AllocationState to,
      @Param("detail") String detail, @Param("at") Instant at);

  @Insert("INSERT INTO camel_allocation_event (allocation_id, state, detail, source, occurred_at)"
      + " VALUES (#{id}, #{state}, #{detail}, #{source}, #{at})")
  void insertEvent(@Param("id") String id, @Param("state") AllocationState state, @Param("detail") String detail,
      @Param("source") AllocationStates.Source source, @Param("at") Instant at);

  @Select("SELECT state, detail, source, occurred_at FROM camel_allocation_event WHERE allocation_id = #{id}"
      + " ORDER BY id")
  List<AllocationStates.Change> findEvents(String id);
}
