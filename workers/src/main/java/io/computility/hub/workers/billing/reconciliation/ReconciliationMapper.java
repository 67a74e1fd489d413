package io.computility.hub.workers.billing.reconciliation;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The tables {@code billing_reconciliation} and its lines; reads the usage records of a provider's orders. */
@Mapper
interface ReconciliationMapper {

  String COLUMNS = """
      reconciliation_id, provider_id, period, matched, differences, case_status, reconciled_at, resolved_by,
      resolved_at""";

  /** The hub's usage of the orders billed to the provider, per allocation and meter, recorded in {@code [from, to)}. */
  @Select("""
      SELECT u.source AS allocation_id, u.order_id, u.meter, SUM(u.quantity) AS quantity
        FROM metering_usage_record u JOIN billing_bill b ON b.order_id = u.order_id
       WHERE b.provider_id = #{providerId} AND u.period_end >= #{from} AND u.period_end < #{to}
       GROUP BY u.source, u.order_id, u.meter
       ORDER BY u.source, u.meter""")
  List<UsageLine> hubUsage(@Param("providerId") String providerId, @Param("from") Instant from,
      @Param("to") Instant to);

  @Insert("INSERT INTO billing_reconciliation (" + COLUMNS + """
      ) VALUES (#{reconciliationId}, #{providerId}, #{period}, #{matched}, #{differences}, #{caseStatus},
                #{reconciledAt}, #{resolvedBy}, #{resolvedAt})""")
  void insert(ReconciliationRow row);

  @Insert("""
      INSERT INTO billing_reconciliation_line (reconciliation_id, line_no, allocation_id, order_id, meter,
                                               hub_quantity, provider_quantity, outcome)
      VALUES (#{id}, #{line.lineNo}, #{line.allocationId}, #{line.orderId}, #{line.meter}, #{line.hubQuantity},
              #{line.providerQuantity}, #{line.outcome})""")
  void insertLine(@Param("id") String id, @Param("line") ReconciliationLine line);

  @Select("SELECT " + COLUMNS + " FROM billing_reconciliation WHERE reconciliation_id = #{id}")
  ReconciliationRow find(String id);

  @Select("""
      SELECT line_no, allocation_id, order_id, meter, hub_quantity, provider_quantity, outcome
        FROM billing_reconciliation_line WHERE reconciliation_id = #{id} ORDER BY line_no""")
  List<ReconciliationLine> lines(String id);

  @Select("SELECT " + COLUMNS
      + " FROM billing_reconciliation WHERE case_status = 'OPEN' ORDER BY reconciled_at, reconciliation_id")
  List<ReconciliationRow> openCases();

  @Update("""
      UPDATE billing_reconciliation SET case_status = 'RESOLVED', resolved_by = #{operator}, resolved_at = #{at}
       WHERE reconciliation_id = #{id} AND case_status = 'OPEN'""")
  int resolve(@Param("id") String id, @Param("operator") String operator, @Param("at") Instant at);
}
