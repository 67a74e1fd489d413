package io.computility.hub.workers.billing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The tables {@code billing_bill} and {@code billing_bill_line}. */
@Mapper
interface BillMapper {

  String COLUMNS = """
      bill_id, order_id, consumer_id, provider_id, product_id, plan_version, currency, total_fen, status,
      payment_mode, collected_fen, unpaid_fen, provider_share_fen, platform_fee_fen, issued_at, paid_at, settled_at,
      project_code, project_name""";

  @Insert("""
      INSERT INTO billing_bill (bill_id, order_id, consumer_id, provider_id, product_id, plan_version, currency,
                                total_fen, status, issued_at, project_code, project_name)
      VALUES (#{billId}, #{orderId}, #{consumerId}, #{providerId}, #{productId}, #{planVersion}, #{currency},
              #{totalFen}, #{status}, #{issuedAt}, #{projectCode}, #{projectName})""")
  void insert(BillRow bill);

  @Insert("""
      INSERT INTO billing_bill_line (bill_id, line_no, kind, meter, quantity, unit, unit_price_fen, amount_fen,
                                     reference)
      VALUES (#{billId}, #{lineNo}, #{kind}, #{meter}, #{quantity}, #{unit}, #{unitPriceFen}, #{amountFen},
              #{reference})""")
  void insertLine(BillLineRow line);

  @Select("SELECT " + COLUMNS + " FROM billing_bill WHERE bill_id = #{billId}")
  BillRow find(String billId);

  @Select("SELECT " + COLUMNS + " FROM billing_bill WHERE order_id = #{orderId}")
  BillRow forOrder(String orderId);

  @Select("""
      <script>
      SELECT bill_id, line_no, kind, meter, quantity, unit, unit_price_fen, amount_fen, reference
        FROM billing_bill_line
       WHERE bill_id IN <foreach item="id" collection="billIds" open="(" separator="," close=")">#{id}</foreach>
       ORDER BY bill_id, line_no
      </script>""")
  List<BillLineRow> lines(@Param("billIds") Collection<String> billIds);

  @Select("<script>SELECT " + COLUMNS + """
        FROM billing_bill
      <where>
        <if test="consumerId != null">consumer_id = #{consumerId}</if>
        <if test="status != null">AND status = #{status}</if>
      </where>
       ORDER BY issued_at DESC, bill_id DESC LIMIT #{limit} OFFSET #{offset}
      </script>""")
  List<BillRow> list(@Param("consumerId") String consumerId, @Param("status") Bill.Status status,
      @Param("limit") int limit, @Param("offset") long offset);

  @Select("""
      <script>
      SELECT COUNT(*) FROM billing_bill
      <where>
        <if test="consumerId != null">consumer_id = #{consumerId}</if>
        <if test="status != null">AND status = #{status}</if>
      </where>
      </script>""")
  long count(@Param("consumerId") String consumerId, @Param("status") Bill.Status status);

  /** Records what was collected; 0 rows unless the bill is still {@code ISSUED}. */
  @Update("""
      UPDATE billing_bill SET status = 'PAID', payment_mode = #{mode}, collected_fen = #{collected},
                              unpaid_fen = #{unpaid}, paid_at = #{at}
       WHERE bill_id = #{billId} AND status = 'ISSUED'""")
  int markPaid(@Param("billId") String billId, @Param("mode") PaymentMode mode, @Param("collected") long collected,
      @Param("unpaid") long unpaid, @Param("at") Instant at);

  /** Records the split of the collected money; 0 rows unless the bill is {@code PAID}. */
  @Update("""
      UPDATE billing_bill SET status = #{status}, provider_share_fen = #{providerShare},
                              platform_fee_fen = #{platformFee}, settled_at = #{at}
       WHERE bill_id = #{billId} AND status = 'PAID'""")
  int markSettled(@Param("billId") String billId, @Param("status") Bill.Status status,
      @Param("providerShare") long providerShare, @Param("platformFee") long platformFee, @Param("at") Instant at);
}
