package io.computility.hub.camel.resource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.springframework.stereotype.Service;

/** Usage samples read from providers or pushed by partners, kept for metering (S-7.5 a). */
@Service
public class UsageRecords {

  /** How a sample reached the hub. */
  public enum Source { PULL, PUSH }

  private final UsageMapper usage;
  private final Clock clock;

  UsageRecords(UsageMapper usage, Clock clock) {
    this.usage = usage;
    this.clock = clock;
  }

  /** Records unit-hours used by an allocation over a period (a partner's push, which reports no traffic). */
  public void record(String providerId, String allocationRef, BigDecimal unitHours, Instant periodStart,
      Instant periodEnd, Source source) {
    record(providerId, allocationRef, unitHours, null, periodStart, periodEnd, source);
  }

  /**
   * Records unit-hours (and, when reported, gigabytes carried) used by an allocation over a period.
   *
   * @param transferredGb {@code null} when the provider does not report it
   */
  public void record(String providerId, String allocationRef, BigDecimal unitHours, BigDecimal transferredGb,
      Instant periodStart, Instant periodEnd, Source source) {
    usage.insert(providerId, allocationRef, unitHours, transferredGb, periodStart, periodEnd, source,
        clock.instant());
  }

  @Mapper
  interface UsageMapper {

    @Insert("INSERT INTO camel_usage_sample (provider_id, allocation_ref, unit_hours, transferred_gb, period_start,"
        + " period_end, source, recorded_at) VALUES (#{providerId}, #{allocationRef}, #{unitHours}, #{transferredGb},"
        + " #{start}, #{end}, #{source}, #{at})")
    void insert(@Param("providerId") String providerId, @Param("allocationRef") String allocationRef,
        @Param("unitHours") BigDecimal unitHours, @Param("transferredGb") BigDecimal transferredGb,
        @Param("start") Instant start, @Param("end") Instant end,
        @Param("source") Source source, @Param("at") Instant at);
  }
}
