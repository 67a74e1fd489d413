package io.computility.hub.workers.metering;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The table {@code metering_usage_record}. */
@Mapper
interface UsageRecordMapper {

  @Select("""
      SELECT order_id, meter, period_no, period_start, period_end, quantity, cumulative, source, anomaly, recorded_at
        FROM metering_usage_record WHERE order_id = #{orderId} AND meter = #{meter}
       ORDER BY period_no DESC LIMIT 1""")
  UsageRecord latest(@Param("orderId") String orderId, @Param("meter") Meter meter);

  /** Stores a record unless its (order, meter, period number) is taken; 0 rows when it is. */
  @Insert("""
      INSERT IGNORE INTO metering_usage_record (order_id, meter, period_no, period_start, period_end, quantity,
                                                cumulative, source, anomaly, recorded_at)
      VALUES (#{orderId}, #{meter}, #{periodNo}, #{periodStart}, #{periodEnd}, #{quantity}, #{cumulative},
              #{source}, #{anomaly}, #{recordedAt})""")
  int insert(UsageRecord usage);

  @Select("""
      SELECT order_id, meter, period_no, period_start, period_end, quantity, cumulative, source, anomaly, recorded_at
        FROM metering_usage_record WHERE order_id = #{orderId} ORDER BY meter, period_no""")
  List<UsageRecord> records(String orderId);
}
