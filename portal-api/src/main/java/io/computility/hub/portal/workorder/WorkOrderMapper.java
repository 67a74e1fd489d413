package io.computility.hub.portal.workorder;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL of {@code portal_work_order}, its conversation and its status history; times are UTC. */
@Mapper
interface WorkOrderMapper {

  String COLUMNS = """
      id, requester_id, category, subject, order_id, bill_id, status, answered_by, credit_fen, close_reason,
      created_at, updated_at, closed_at""";

  @Insert("""
      insert into portal_work_order (""" + COLUMNS + """
      ) values (#{id}, #{requesterId}, #{category}, #{subject}, #{orderId}, #{billId}, #{status}, #{answeredBy},
        #{creditFen}, #{closeReason}, #{createdAt}, #{updatedAt}, #{closedAt})""")
  void insert(WorkOrderRow row);

  @Select("select " + COLUMNS + " from portal_work_order where id = #{id}")
  WorkOrderRow find(String id);

  /** Locks the row for a change of status, so that the requester and the process do not change it at once. */
  @Select("select " + COLUMNS + " from portal_work_order where id = #{id} for update")
  WorkOrderRow lock(String id);

  @Select("""
      <script>
      select""" + " " + COLUMNS + """
       from portal_work_order
      <where>
        <if test="requesterId != null">requester_id = #{requesterId}</if>
        <if test="statuses != null and !statuses.isEmpty()">
          and status in <foreach item="s" collection="statuses" open="(" separator="," close=")">#{s}</foreach>
        </if>
      </where>
      order by created_at desc, id desc
      limit #{limit} offset #{offset}
      </script>""")
  List<WorkOrderRow> list(@Param("requesterId") String requesterId, @Param("statuses") List<String> statuses,
      @Param("limit") int limit, @Param("offset") long offset);

  @Select("""
      <script>
      select count(*) from portal_work_order
      <where>
        <if test="requesterId != null">requester_id = #{requesterId}</if>
        <if test="statuses != null and !statuses.isEmpty()">
          and status in <foreach item="s" collection="statuses" open="(" separator="," close=")">#{s}</foreach>
        </if>
      </where>
      </script>""")
  long count(@Param("requesterId") String requesterId, @Param("statuses") List<String> statuses);

  @Update("""
      update portal_work_order
         set status = #{status}, closed_at = #{closedAt}, close_reason = #{closeReason}, updated_at = #{now}
       where id = #{id}""")
  void moveStatus(@Param("id") String id, @Param("status") String status, @Param("closeReason") String closeReason,
      @Param("closedAt") LocalDateTime closedAt, @Param("now") LocalDateTime now);

  @Update("""
      update portal_work_order
         set status = 'ANSWERED', answered_by = #{answeredBy}, credit_fen = #{creditFen}, updated_at = #{now}
       where id = #{id}""")
  void recordAnswer(@Param("id") String id, @Param("answeredBy") String answeredBy, @Param("creditFen") Long creditFen,
      @Param("now") LocalDateTime now);

  @Insert("""
      insert into portal_work_order_message (work_order_id, author, author_role, body, body_key, dedup_key, created_at)
      values (#{workOrderId}, #{author}, #{role}, #{body}, #{bodyKey}, #{dedupKey}, #{now})""")
  void insertMessage(@Param("workOrderId") String workOrderId, @Param("author") String author,
      @Param("role") String role, @Param("body") String body, @Param("bodyKey") String bodyKey,
      @Param("dedupKey") String dedupKey, @Param("now") LocalDateTime now);

  @Select("select count(*) from portal_work_order_message where dedup_key = #{dedupKey}")
  int countByDedupKey(String dedupKey);

  @Select("""
      select id, work_order_id, author, author_role, body, body_key, created_at
        from portal_work_order_message where work_order_id = #{workOrderId} order by id""")
  List<MessageRow> messages(String workOrderId);

  @Insert("""
      insert into portal_work_order_history (work_order_id, status, changed_by, changed_at)
      values (#{id}, #{status}, #{changedBy}, #{now})""")
  void insertHistory(@Param("id") String id, @Param("status") String status, @Param("changedBy") String changedBy,
      @Param("now") LocalDateTime now);

  @Select("select status from portal_work_order_history where work_order_id = #{id} order by id")
  List<String> history(String id);

  /** A {@code portal_work_order_message} row. */
  record MessageRow(long id, String workOrderId, String author, String authorRole, String body, String bodyKey,
      LocalDateTime createdAt) {
  }
}
