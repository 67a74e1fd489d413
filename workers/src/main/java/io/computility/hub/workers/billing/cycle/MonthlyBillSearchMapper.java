package io.computility.hub.workers.billing.cycle;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Queries on {@code billing_monthly_bill} for lists; the bills themselves are read by {@link MonthlyBillMapper}. */
@Mapper
interface MonthlyBillSearchMapper {

  String WHERE = """
      <where>
        <if test="accountId != null">account_id = #{accountId}</if>
        <if test="period != null">AND period = #{period}</if>
        <if test="status != null">AND status = #{status}</if>
      </where>""";

  /** One page of the bills matching the filters, newest period first; their items and notes are read apart. */
  @Select("<script>SELECT " + MonthlyBillMapper.COLUMNS + " FROM billing_monthly_bill " + WHERE + """
       ORDER BY period DESC, created_at DESC, monthly_bill_id LIMIT #{limit} OFFSET #{offset}
      </script>""")
  List<MonthlyBillRow> page(@Param("accountId") String accountId, @Param("period") String period,
      @Param("status") MonthlyBill.Status status, @Param("offset") long offset, @Param("limit") int limit);

  @Select("<script>SELECT COUNT(*) FROM billing_monthly_bill " + WHERE + "</script>")
  long count(@Param("accountId") String accountId, @Param("period") String period,
      @Param("status") MonthlyBill.Status status);
}
