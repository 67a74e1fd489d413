package io.computility.hub.portal.demand;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL of {@code portal_demand} and its history; times are UTC. */
@Mapper
interface DemandMapper {

  String COLUMNS = """
      id, consumer_id, idempotency_key, kind, quantity, duration_minutes, start_at, allowed_regions,
      preferred_regions, user_region, max_latency_ms, budget_fen, service_level, business_type, green_preferred,
      auto_select_preferred, payment_mode, status, created_at, updated_at, project_code, project_name""";

  @Insert("""
      insert into portal_demand (""" + COLUMNS + """
      ) values (#{id}, #{consumerId}, #{idempotencyKey}, #{kind}, #{quantity}, #{durationMinutes}, #{startAt},
        #{allowedRegions}, #{preferredRegions}, #{userRegion}, #{maxLatencyMs}, #{budgetFen}, #{serviceLevel},
        #{businessType}, #{greenPreferred}, #{autoSelectPreferred}, #{paymentMode}, #{status}, #{createdAt},
        #{updatedAt}, #{projectCode}, #{projectName})""")
  void insert(DemandRow row);

  @Select("select " + COLUMNS + " from portal_demand where id = #{id}")
  DemandRow find(String id);

  @Select("select " + COLUMNS
      + " from portal_demand where consumer_id = #{consumerId} and idempotency_key = #{key}")
  DemandRow findByKey(@Param("consumerId") String consumerId, @Param("key") String key);

  @Select("""
      <script>
      select""" + " " + COLUMNS + """
       from portal_demand
      <where>
        <if test="consumerId != null">consumer_id = #{consumerId}</if>
        <if test="status != null">and status = #{status}</if>
      </where>
      order by created_at desc, id desc
      limit #{limit} offset #{offset}
      </script>""")
  List<DemandRow> list(@Param("consumerId") String consumerId, @Param("status") String status,
      @Param("limit") int limit, @Param("offset") long offset);

  @Select("""
      <script>
      select count(*) from portal_demand
      <where>
        <if test="consumerId != null">consumer_id = #{consumerId}</if>
        <if test="status != null">and status = #{status}</if>
      </where>
      </script>""")
  long count(@Param("consumerId") String consumerId, @Param("status") String status);

  /** Moves the demand to {@code status}, only from {@code from} when given; the rows changed (0 or 1). */
  @Update("""
      <script>
      update portal_demand set status = #{status}, updated_at = #{now}
       where id = #{id}
       <if test="from != null">and status = #{from}</if>
       <if test="from == null">and status != #{status}</if>
      </script>""")
  int moveStatus(@Param("id") String id, @Param("from") String from, @Param("status") String status,
      @Param("now") LocalDateTime now);

  @Insert("insert into portal_demand_history (demand_id, status, changed_at) values (#{id}, #{status}, #{now})")
  void insertHistory(@Param("id") String id, @Param("status") String status, @Param("now") LocalDateTime now);

  @Select("select status from portal_demand_history where demand_id = #{id} order by id")
  List<String> history(String id);
}
