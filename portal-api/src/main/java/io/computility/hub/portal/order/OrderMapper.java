package io.computility.hub.portal.order;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL of {@code portal_order}, its history and notifications; times are UTC. */
@Mapper
interface OrderMapper {

  String COLUMNS = """
      id, demand_id, consumer_id, pool_id, product_id, provider_id, units, plan_version, estimated_cost_fen,
      currency, booked_start, booked_end, payment_mode, attempt, reservation_key, hold_id, allocation_id, bill_id,
      bill_total_fen, release_reason, status, created_at, updated_at, started_at, released_at, project_code,
      project_name""";

  @Insert("""
      insert into portal_order (""" + COLUMNS + """
      ) values (#{id}, #{demandId}, #{consumerId}, #{poolId}, #{productId}, #{providerId}, #{units},
        #{planVersion}, #{estimatedCostFen}, #{currency}, #{bookedStart}, #{bookedEnd}, #{paymentMode}, #{attempt},
        #{reservationKey}, #{holdId}, #{allocationId}, #{billId}, #{billTotalFen}, #{releaseReason}, #{status},
        #{createdAt}, #{updatedAt}, #{startedAt}, #{releasedAt}, #{projectCode}, #{projectName})""")
  void insert(OrderRow row);

  @Select("select " + COLUMNS + " from portal_order where id = #{id}")
  OrderRow find(String id);

  @Select("select " + COLUMNS + " from portal_order where demand_id = #{demandId}")
  OrderRow findByDemand(String demandId);

  @Select("""
      <script>
      select""" + " " + COLUMNS + """
       from portal_order
      <where>
        <if test="consumerId != null">consumer_id = #{consumerId}</if>
        <if test="status != null">and status = #{status}</if>
      </where>
      order by created_at desc, id desc
      limit #{limit} offset #{offset}
      </script>""")
  List<OrderRow> list(@Param("consumerId") String consumerId, @Param("status") String status,
      @Param("limit") int limit, @Param("offset") long offset);

  @Select("""
      <script>
      select count(*) from portal_order
      <where>
        <if test="consumerId != null">consumer_id = #{consumerId}</if>
        <if test="status != null">and status = #{status}</if>
      </where>
      </script>""")
  long count(@Param("consumerId") String consumerId, @Param("status") String status);

  /**
   * Moves the order to {@code status}: only from one of {@code from} when given, else from any other status.
   * The rows changed (0 or 1).
   */
  @Update("""
      <script>
      update portal_order set status = #{status}, updated_at = #{now}
       where id = #{id}
       <if test="from != null and !from.isEmpty()">
         and status in <foreach item="s" collection="from" open="(" separator="," close=")">#{s}</foreach>
       </if>
       <if test="from == null or from.isEmpty()">and status != #{status}</if>
      </script>""")
  int moveStatus(@Param("id") String id, @Param("from") List<String> from, @Param("status") String status,
      @Param("now") LocalDateTime now);

  @Update("update portal_order set hold_id = #{holdId}, updated_at = #{now} where id = #{id}")
  void recordHold(@Param("id") String id, @Param("holdId") String holdId, @Param("now") LocalDateTime now);

  @Update("""
      update portal_order set bill_id = #{billId}, bill_total_fen = #{billTotalFen}, updated_at = #{now}
       where id = #{id}""")
  void recordBill(@Param("id") String id, @Param("billId") String billId, @Param("billTotalFen") Long billTotalFen,
      @Param("now") LocalDateTime now);

  @Update("update portal_order set allocation_id = #{allocationId}, updated_at = #{now} where id = #{id}")
  void recordAllocation(@Param("id") String id, @Param("allocationId") String allocationId,
      @Param("now") LocalDateTime now);

  @Update("""
      update portal_order set started_at = coalesce(started_at, #{now}), updated_at = #{now}
       where id = #{id}""")
  void recordStart(@Param("id") String id, @Param("now") LocalDateTime now);

  @Update("""
      update portal_order
         set released_at = coalesce(released_at, #{now}), release_reason = coalesce(release_reason, #{reason}),
             updated_at = #{now}
       where id = #{id}""")
  void recordRelease(@Param("id") String id, @Param("reason") String reason, @Param("now") LocalDateTime now);

  @Update("update portal_order set reservation_key = #{key}, updated_at = #{now} where id = #{id}")
  void recordReservation(@Param("id") String id, @Param("key") String key, @Param("now") LocalDateTime now);

  /** Moves the order to another candidate pool for provisioning attempt {@code attempt}. */
  @Update("""
      update portal_order
         set pool_id = #{poolId}, provider_id = #{providerId}, product_id = #{productId},
             plan_version = #{planVersion}, estimated_cost_fen = #{estimatedCostFen}, attempt = #{attempt}, reservation_key = #{reservationKey},
             allocation_id = null, updated_at = #{now}
       where id = #{id} and attempt = #{attempt} - 1""")
  int moveToCandidate(@Param("id") String id, @Param("poolId") String poolId, @Param("providerId") String providerId,
      @Param("productId") String productId, @Param("planVersion") int planVersion,
      @Param("estimatedCostFen") long estimatedCostFen,
      @Param("attempt") int attempt, @Param("reservationKey") String reservationKey,
      @Param("now") LocalDateTime now);

  /**
   * Moves a running order to the pool it migrated to, with its new allocation and reservation; the rows changed (0
   * when it is not running on {@code fromPoolId} any more).
   */
  @Update("""
      update portal_order
         set pool_id = #{to.poolId}, provider_id = #{to.providerId}, product_id = #{to.productId},
             plan_version = #{to.planVersion}, reservation_key = #{reservationKey}, allocation_id = #{allocationId},
             updated_at = #{now}
       where id = #{id} and pool_id = #{fromPoolId} and status = 'RUNNING'""")
  int switchPool(@Param("id") String id, @Param("fromPoolId") String fromPoolId,
      @Param("to") OrderRecords.Candidate to, @Param("allocationId") String allocationId,
      @Param("reservationKey") String reservationKey, @Param("now") LocalDateTime now);

  /** Running orders that are not moving already (no migration under way). */
  @Select("select " + COLUMNS + " from portal_order o where status = 'RUNNING' and not exists (select 1 from "
      + "portal_order_migration m where m.order_id = o.id and m.status = 'MIGRATING') order by created_at, id")
  List<OrderRow> running();

  @Insert("""
      insert into portal_order_history (order_id, status, detail, changed_at)
      values (#{id}, #{status}, #{detail}, #{now})""")
  void insertHistory(@Param("id") String id, @Param("status") String status, @Param("detail") String detail,
      @Param("now") LocalDateTime now);

  @Select("select status from portal_order_history where order_id = #{id} order by id")
  List<String> history(String id);

  /** Records a notification; the unique (order, kind) key refuses a second one of a kind. */
  @Insert("""
      insert into portal_notification (consumer_id, order_id, kind, created_at)
      values (#{consumerId}, #{orderId}, #{kind}, #{now})""")
  void insertNotification(@Param("consumerId") String consumerId, @Param("orderId") String orderId,
      @Param("kind") String kind, @Param("now") LocalDateTime now);

  @Select("""
      select id, consumer_id, order_id, kind, created_at from portal_notification
       where consumer_id = #{consumerId} order by id desc limit #{limit}""")
  List<NotificationRow> notifications(@Param("consumerId") String consumerId, @Param("limit") int limit);

  /** A {@code portal_notification} row. */
  record NotificationRow(long id, String consumerId, String orderId, String kind, LocalDateTime createdAt) {
  }
}
