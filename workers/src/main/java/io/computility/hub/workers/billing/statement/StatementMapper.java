package io.computility.hub.workers.billing.statement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The tables {@code billing_provider_statement} and its lines; reads the bills and credit notes behind them. */
@Mapper
interface StatementMapper {

  String COLUMNS = """
      statement_id, provider_id, period, currency, gross_sales_fen, credits_fen, platform_fee_fen, net_payable_fen,
      status, prepared_at, paid_at, paid_by""";

  /** The usage lines of the provider's settled order bills issued in {@code [from, to)}, as sale lines. */
  @Select("""
      SELECT 0 AS line_no, 'SALE' AS kind, b.bill_id, l.line_no AS bill_line_no, NULL AS credit_note_id, l.amount_fen
        FROM billing_bill b JOIN billing_bill_line l ON l.bill_id = b.bill_id
       WHERE b.provider_id = #{providerId} AND b.status = 'SETTLED'
         AND b.issued_at >= #{from} AND b.issued_at < #{to}
       ORDER BY b.issued_at, b.bill_id, l.line_no""")
  List<StatementLine> sales(@Param("providerId") String providerId, @Param("from") Instant from,
      @Param("to") Instant to);

  /** Credit notes issued in {@code [from, to)} against the provider's order bills, as credit lines. */
  @Select("""
      SELECT 0 AS line_no, 'CREDIT' AS kind, c.bill_id, NULL AS bill_line_no, c.credit_note_id, c.amount_fen
        FROM billing_credit_note c JOIN billing_bill b ON b.bill_id = c.bill_id
       WHERE b.provider_id = #{providerId} AND c.issued_at >= #{from} AND c.issued_at < #{to}
       ORDER BY c.issued_at, c.credit_note_id""")
  List<StatementLine> credits(@Param("providerId") String providerId, @Param("from") Instant from,
      @Param("to") Instant to);

  @Insert("INSERT INTO billing_provider_statement (" + COLUMNS + """
      ) VALUES (#{statementId}, #{providerId}, #{period}, #{currency}, #{grossSalesFen}, #{creditsFen},
                #{platformFeeFen}, #{netPayableFen}, #{status}, #{preparedAt}, #{paidAt}, #{paidBy})""")
  void insert(StatementRow statement);

  @Insert("""
      INSERT INTO billing_provider_statement_line (statement_id, line_no, kind, bill_id, bill_line_no,
                                                   credit_note_id, amount_fen)
      VALUES (#{statementId}, #{line.lineNo}, #{line.kind}, #{line.billId}, #{line.billLineNo},
              #{line.creditNoteId}, #{line.amountFen})""")
  void insertLine(@Param("statementId") String statementId, @Param("line") StatementLine line);

  @Select("SELECT " + COLUMNS + " FROM billing_provider_statement WHERE statement_id = #{id}")
  StatementRow find(String id);

  @Select("SELECT " + COLUMNS + " FROM billing_provider_statement WHERE provider_id = #{providerId} AND period = #{period}")
  StatementRow forPeriod(@Param("providerId") String providerId, @Param("period") String period);

  /** The lines of the statements {@code ids} (not empty), each statement's in its order. */
  @Select("""
      <script>
      SELECT statement_id, line_no, kind, bill_id, bill_line_no, credit_note_id, amount_fen
        FROM billing_provider_statement_line
       WHERE statement_id IN <foreach item="id" collection="ids" open="(" separator="," close=")">#{id}</foreach>
       ORDER BY line_no
      </script>""")
  List<StatementLineRow> lines(@Param("ids") Collection<String> ids);

  String FILTER = """
      <where>
        <if test="providerId != null">provider_id = #{providerId}</if>
        <if test="period != null">AND period = #{period}</if>
        <if test="status != null">AND status = #{status}</if>
      </where>""";

  /** One page of the statements matching the filters, newest period first; their lines are read apart. */
  @Select("<script>SELECT " + COLUMNS + " FROM billing_provider_statement " + FILTER + """
       ORDER BY period DESC, provider_id, statement_id LIMIT #{limit} OFFSET #{offset}
      </script>""")
  List<StatementRow> page(@Param("providerId") String providerId, @Param("period") String period,
      @Param("status") ProviderStatement.Status status, @Param("offset") long offset, @Param("limit") int limit);

  @Select("<script>SELECT COUNT(*) FROM billing_provider_statement " + FILTER + "</script>")
  long count(@Param("providerId") String providerId, @Param("period") String period,
      @Param("status") ProviderStatement.Status status);

  @Update("""
      UPDATE billing_provider_statement SET status = 'PAID', paid_at = #{at}, paid_by = #{operator}
       WHERE statement_id = #{id} AND status = 'PREPARED'""")
  int markPaid(@Param("id") String id, @Param("operator") String operator, @Param("at") Instant at);
}
