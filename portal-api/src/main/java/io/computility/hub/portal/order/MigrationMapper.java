package io.computility.hub.portal.order;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL of {@code portal_order_migration} and its history; times are UTC. */
@Mapper
interface MigrationMapper {

  String COLUMNS = """
      id, proposal_key, order_id, seq, from_pool_id, from_allocation_id, from_reservation_key, to_pool_id, reason, policy_name, policy_version, automatic,
      status, reservation_key, allocation_id, detail, decided_by, created_at, updated_at, decided_at, finished_at""";

  @Insert("""
      insert into portal_order_migration (""" + COLUMNS + """
      ) values (#{id}, #{proposalKey}, #{orderId}, #{seq}, #{fromPoolId}, #{fromAllocationId},
        #{fromReservationKey}, #{toPoolId}, #{reason}, #{policyName},
        #{policyVersion}, #{automatic}, #{status}, #{reservationKey}, #{allocationId}, #{detail}, #{decidedBy},
        #{createdAt}, #{updatedAt}, #{decidedAt}, #{finishedAt})""")
  void insert(MigrationRow row);

  @Select("select " + COLUMNS + " from portal_order_migration where id = #{id}")
  MigrationRow find(String id);

  @Select("select " + COLUMNS + " from portal_order_migration where proposal_key = #{key}")
  MigrationRow findByKey(String key);

  @Select("select coalesce(max(seq), 0) from portal_order_migration where order_id = #{orderId}")
  int lastSeq(String orderId);

  @Select("select " + COLUMNS + " from portal_order_migration where order_id = #{orderId} order by seq desc")
  List<MigrationRow> forOrder(String orderId);

  @Select("""
      <script>
      select""" + " " + COLUMNS + """
       from portal_order_migration
      <where><if test="status != null">status = #{status}</if></where>
      order by created_at desc, id desc
      limit #{limit} offset #{offset}
      </script>""")
  List<MigrationRow> list(@Param("status") String status, @Param("limit") int limit, @Param("offset") long offset);

  @Select("""
      <script>
      select count(*) from portal_order_migration
      <where><if test="status != null">status = #{status}</if></where>
      </script>""")
  long count(@Param("status") String status);

  /** Moves the migration from {@code from} to {@code status}; the rows changed (0 or 1). */
  @Update("""
      <script>
      update portal_order_migration
         set status = #{status}, updated_at = #{now}
             <if test="actor != null">, decided_by = #{actor}, decided_at = #{now}</if>
             <if test="detail != null">, detail = #{detail}</if>
             <if test="finished">, finished_at = #{now}</if>
       where id = #{id}
         and status in <foreach item="s" collection="from" open="(" separator="," close=")">#{s}</foreach>
      </script>""")
  int move(@Param("id") String id, @Param("from") List<String> from, @Param("status") String status,
      @Param("actor") String actor, @Param("detail") String detail, @Param("finished") boolean finished,
      @Param("now") LocalDateTime now);

  @Select("""
      select id from portal_order_migration
       where order_id = #{orderId} and status in ('PROPOSED', 'ACCEPTED') and id != #{except}""")
  List<String> openOthers(@Param("orderId") String orderId, @Param("except") String except);

  @Update("""
      update portal_order_migration set allocation_id = #{allocationId}, updated_at = #{now}
       where id = #{id}""")
  void recordAllocation(@Param("id") String id, @Param("allocationId") String allocationId,
      @Param("now") LocalDateTime now);

  @Insert("""
      insert into portal_order_migration_history (migration_id, status, actor, detail, changed_at)
      values (#{id}, #{status}, #{actor}, #{detail}, #{now})""")
  void insertHistory(@Param("id") String id, @Param("status") String status, @Param("actor") String actor,
      @Param("detail") String detail, @Param("now") LocalDateTime now);
}
