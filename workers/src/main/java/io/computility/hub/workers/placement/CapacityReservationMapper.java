package io.computility.hub.workers.placement;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL of {@link CapacityReservations}; times are UTC. */
@Mapper
interface CapacityReservationMapper {

  @Insert("""
      insert into placement_pool_capacity (pool_id, total_units, reserved_units, updated_at)
      values (#{poolId}, #{totalUnits}, 0, #{now})
      on duplicate key update total_units = #{totalUnits}, updated_at = #{now}""")
  void upsertCapacity(@Param("poolId") String poolId, @Param("totalUnits") long totalUnits,
      @Param("now") LocalDateTime now);

  @Select("select total_units - reserved_units from placement_pool_capacity where pool_id = #{poolId}")
  Long available(String poolId);

  @Select("select public_service_share from placement_pool_capacity where pool_id = #{poolId}")
  BigDecimal publicServiceShare(String poolId);

  @Update("""
      update placement_pool_capacity set public_service_share = #{share}, updated_at = #{now}
       where pool_id = #{poolId}""")
  int setPublicServiceShare(@Param("poolId") String poolId, @Param("share") BigDecimal share,
      @Param("now") LocalDateTime now);

  /**
   * The atomic step: takes units only while enough remain, and for ordinary demand only outside the public-service
   * share. Returns the rows changed (0 or 1).
   */
  @Update("""
      update placement_pool_capacity
         set reserved_units = reserved_units + #{units},
             public_service_reserved_units = public_service_reserved_units + case when #{publicService} then #{units}
                                                                                  else 0 end,
             updated_at = #{now}
       where pool_id = #{poolId} and total_units - reserved_units >= #{units}
         and (#{publicService} or reserved_units - public_service_reserved_units + #{units}
                                  <= total_units - ceil(total_units * public_service_share))""")
  int takeUnits(@Param("poolId") String poolId, @Param("units") long units,
      @Param("publicService") boolean publicService, @Param("now") LocalDateTime now);

  @Update("""
      update placement_pool_capacity
         set reserved_units = reserved_units - #{units},
             public_service_reserved_units = public_service_reserved_units - case when #{publicService} then #{units}
                                                                                  else 0 end,
             updated_at = #{now}
       where pool_id = #{poolId}""")
  int returnUnits(@Param("poolId") String poolId, @Param("units") long units,
      @Param("publicService") boolean publicService, @Param("now") LocalDateTime now);

  @Select("select public_service from placement_capacity_reservation where demand_id = #{demandId}")
  boolean isPublicService(String demandId);

  @Insert("""
      insert into placement_capacity_reservation
        (demand_id, pool_id, units, state, policy_name, policy_version, reserved_at, expires_at, public_service)
      values (#{demandId}, #{poolId}, #{units}, 'RESERVED', #{policyName}, #{policyVersion}, #{now}, #{expiresAt},
              #{publicService})""")
  void insertReservation(@Param("demandId") String demandId, @Param("poolId") String poolId,
      @Param("units") long units, @Param("publicService") boolean publicService,
      @Param("policyName") String policyName, @Param("policyVersion") Integer policyVersion, @Param("now") LocalDateTime now,
      @Param("expiresAt") LocalDateTime expiresAt);

  @Select("""
      select demand_id, pool_id, units, state, policy_name, policy_version
        from placement_capacity_reservation where demand_id = #{demandId}""")
  CapacityReservations.Reservation find(String demandId);

  /** Releases once: only a reservation still held changes. */
  @Update("""
      update placement_capacity_reservation
         set state = 'RELEASED', released_at = #{now}, release_reason = #{reason}
       where demand_id = #{demandId} and state = 'RESERVED'""")
  int markReleased(@Param("demandId") String demandId, @Param("reason") String reason,
      @Param("now") LocalDateTime now);

  @Select("""
      select demand_id from placement_capacity_reservation
       where state = 'RESERVED' and expires_at <= #{now}
       order by expires_at limit #{max}""")
  List<String> expired(@Param("now") LocalDateTime now, @Param("max") int max);

  @Insert("""
      insert into placement_capacity_event (pool_id, demand_id, event, units, reason, occurred_at)
      values (#{poolId}, #{demandId}, #{event}, #{units}, #{reason}, #{now})""")
  void insertEvent(@Param("poolId") String poolId, @Param("demandId") String demandId, @Param("event") String event,
      @Param("units") long units, @Param("reason") String reason, @Param("now") LocalDateTime now);

  @Select("select event from placement_capacity_event where pool_id = #{poolId} order by id")
  List<String> events(String poolId);
}
