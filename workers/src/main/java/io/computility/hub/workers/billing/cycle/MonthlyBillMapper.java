package io.computility.hub.workers.billing.cycle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The tables {@code billing_monthly_bill}, its items and credit notes, and {@code billing_cycle_preference}. */
@Mapper
interface MonthlyBillMapper {

  String COLUMNS = """
      monthly_bill_id, account_id, period, currency, total_fen, credit_fen, status, dispute_reason, created_at,
      issued_at, due_at, reminded_at, paid_at, settled_at, bill_grouping, project_code, project_name""";

  /** Postpaid order bills of {@code [from, to)} not yet on a monthly bill, of one account or all. */
  @Select("""
      <script>
      SELECT b.bill_id, b.order_id, b.consumer_id, b.provider_id, b.total_fen, b.issued_at, b.project_code,
             b.project_name
        FROM billing_bill b
       WHERE b.payment_mode = 'POSTPAID' AND b.status IN ('PAID', 'SETTLED')
         AND b.issued_at &gt;= #{from} AND b.issued_at &lt; #{to}
         <if test="accountId != null">AND b.consumer_id = #{accountId}</if>
         AND NOT EXISTS (SELECT 1 FROM billing_monthly_bill_item i WHERE i.bill_id = b.bill_id)
       ORDER BY b.consumer_id, b.issued_at, b.bill_id
      </script>""")
  List<OrderCharge> unbilledCharges(@Param("accountId") String accountId, @Param("from") Instant from,
      @Param("to") Instant to);

  @Insert("INSERT INTO billing_monthly_bill (" + COLUMNS + """
      ) VALUES (#{monthlyBillId}, #{accountId}, #{period}, #{currency}, #{totalFen}, #{creditFen}, #{status},
                #{disputeReason}, #{createdAt}, #{issuedAt}, #{dueAt}, #{remindedAt}, #{paidAt}, #{settledAt},
                #{billGrouping}, #{projectCode}, #{projectName})""")
  void insert(MonthlyBillRow bill);

  @Insert("""
      INSERT INTO billing_monthly_bill_item (monthly_bill_id, bill_id, order_id, provider_id, amount_fen,
                                             project_code, project_name)
      VALUES (#{monthlyBillId}, #{item.billId}, #{item.orderId}, #{item.providerId}, #{item.amountFen},
              #{item.projectCode}, #{item.projectName})""")
  void insertItem(@Param("monthlyBillId") String monthlyBillId, @Param("item") MonthlyBillRow.Item item);

  @Select("SELECT " + COLUMNS + " FROM billing_monthly_bill WHERE monthly_bill_id = #{id}")
  MonthlyBillRow find(String id);

  @Select("SELECT " + COLUMNS + " FROM billing_monthly_bill WHERE monthly_bill_id = #{id} FOR UPDATE")
  MonthlyBillRow lock(String id);

  /** The items of the bills {@code ids} (not empty), each bill's in its order. */
  @Select("""
      <script>
      SELECT monthly_bill_id, bill_id, order_id, provider_id, amount_fen, project_code, project_name
        FROM billing_monthly_bill_item
       WHERE monthly_bill_id IN <foreach item="id" collection="ids" open="(" separator="," close=")">#{id}</foreach>
       ORDER BY order_id, bill_id
      </script>""")
  List<MonthlyBillRow.ItemOf> items(@Param("ids") Collection<String> ids);

  /** The credit notes against the bills {@code ids} (not empty), each bill's in its order. */
  @Select("""
      <script>
      SELECT credit_note_id, monthly_bill_id, bill_id, amount_fen, reason, issued_by, issued_at
        FROM billing_credit_note
       WHERE monthly_bill_id IN <foreach item="id" collection="ids" open="(" separator="," close=")">#{id}</foreach>
       ORDER BY issued_at, credit_note_id
      </script>""")
  List<MonthlyBill.CreditNote> creditNotes(@Param("ids") Collection<String> ids);

  @Insert("""
      INSERT INTO billing_credit_note (credit_note_id, monthly_bill_id, bill_id, amount_fen, reason, issued_by,
                                       issued_at)
      VALUES (#{creditNoteId}, #{monthlyBillId}, #{billId}, #{amountFen}, #{reason}, #{issuedBy}, #{issuedAt})""")
  void insertCreditNote(MonthlyBill.CreditNote note);

  /** Moves a bill from {@code from} to {@code to}; 0 rows when it is not in {@code from}. */
  @Update("""
      UPDATE billing_monthly_bill SET status = #{to}
       WHERE monthly_bill_id = #{id} AND status = #{from}""")
  int move(@Param("id") String id, @Param("from") MonthlyBill.Status from, @Param("to") MonthlyBill.Status to);

  @Update("""
      UPDATE billing_monthly_bill SET status = 'ISSUED', issued_at = #{at}, due_at = #{dueAt}
       WHERE monthly_bill_id = #{id} AND status = 'DRAFT'""")
  int issue(@Param("id") String id, @Param("at") Instant at, @Param("dueAt") Instant dueAt);

  @Update("""
      UPDATE billing_monthly_bill SET status = 'DISPUTED', dispute_reason = #{reason}
       WHERE monthly_bill_id = #{id} AND status IN ('ISSUED', 'ADJUSTED')""")
  int dispute(@Param("id") String id, @Param("reason") String reason);

  @Update("""
      UPDATE billing_monthly_bill SET status = 'ADJUSTED', credit_fen = credit_fen + #{amount}
       WHERE monthly_bill_id = #{id} AND status = 'DISPUTED'""")
  int adjust(@Param("id") String id, @Param("amount") long amount);

  /** Back from DISPUTED to open for payment: ADJUSTED when credited before, else ISSUED; 0 rows unless disputed. */
  @Update("""
      UPDATE billing_monthly_bill SET status = CASE WHEN credit_fen < 0 THEN 'ADJUSTED' ELSE 'ISSUED' END
       WHERE monthly_bill_id = #{id} AND status = 'DISPUTED'""")
  int rejectDispute(String id);

  /** A credit note without a dispute of the bill's own (a work order's); 0 rows unless open for payment. */
  @Update("""
      UPDATE billing_monthly_bill SET status = 'ADJUSTED', credit_fen = credit_fen + #{amount}
       WHERE monthly_bill_id = #{id} AND status IN ('ISSUED', 'DISPUTED', 'ADJUSTED')""")
  int adjustOpen(@Param("id") String id, @Param("amount") long amount);

  @Select("""
      SELECT credit_note_id, monthly_bill_id, bill_id, amount_fen, reason, issued_by, issued_at
        FROM billing_credit_note WHERE credit_note_id = #{id}""")
  MonthlyBill.CreditNote creditNote(String id);

  @Select("SELECT monthly_bill_id FROM billing_monthly_bill_item WHERE bill_id = #{billId}")
  String monthlyBillOf(String billId);

  @Update("UPDATE billing_monthly_bill SET reminded_at = #{at} WHERE monthly_bill_id = #{id}")
  int remind(@Param("id") String id, @Param("at") Instant at);

  @Update("""
      UPDATE billing_monthly_bill SET status = 'PAID', paid_at = #{at}
       WHERE monthly_bill_id = #{id} AND status IN ('ISSUED', 'ADJUSTED')""")
  int markPaid(@Param("id") String id, @Param("at") Instant at);

  @Update("""
      UPDATE billing_monthly_bill SET status = 'SETTLED', settled_at = #{at}
       WHERE monthly_bill_id = #{id} AND status = 'PAID'""")
  int markSettled(@Param("id") String id, @Param("at") Instant at);

  /** How many of a monthly bill's order bills are not yet settled with their providers. */
  @Select("""
      SELECT COUNT(*) FROM billing_monthly_bill_item i JOIN billing_bill b ON b.bill_id = i.bill_id
       WHERE i.monthly_bill_id = #{id} AND b.status <> 'SETTLED'""")
  int unsettledItems(String id);

  @Select("SELECT bill_grouping FROM billing_cycle_preference WHERE account_id = #{accountId}")
  Grouping preference(String accountId);

  @Update("""
      UPDATE billing_cycle_preference SET bill_grouping = #{grouping}, updated_at = #{at}
       WHERE account_id = #{accountId}""")
  int updatePreference(@Param("accountId") String accountId, @Param("grouping") Grouping grouping,
      @Param("at") Instant at);

  @Insert("""
      INSERT INTO billing_cycle_preference (account_id, bill_grouping, updated_at)
      VALUES (#{accountId}, #{grouping}, #{at})""")
  void insertPreference(@Param("accountId") String accountId, @Param("grouping") Grouping grouping,
      @Param("at") Instant at);
}
