package io.computility.hub.camel.metering;

import io.computility.hub.camel.resource.Measurement;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.workers.metering.Meter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns what providers report (unit-hours of a pool's unit, gigabytes carried) into readings of the hub's meters
 * (S-7.5 a). A pool's unit is what its provider rents out (an instance, a server, an accelerator, a node, a circuit);
 * its primary meter counts the unified quantity inside that unit times hours:
 *
 * <table>
 *   <caption>Primary meter per resource kind</caption>
 *   <tr><th>kind</th><th>meter</th><th>meter units per unit-hour</th></tr>
 *   <tr><td>INTELLIGENT</td><td>GPU_HOURS</td><td>accelerator cards in one unit (GPU, NPU, DCU, MLU, XPU)</td></tr>
 *   <tr><td>GENERAL</td><td>CORE_HOURS</td><td>benchmarked core-equivalents of one unit</td></tr>
 *   <tr><td>SUPERCOMPUTING</td><td>HPC_CORE_HOURS</td><td>benchmarked core-equivalents of one node</td></tr>
 *   <tr><td>STORAGE</td><td>STORAGE_GB_DAYS</td><td>TB of one unit × 1000 GB/TB ÷ 24 h/day</td></tr>
 *   <tr><td>NETWORK</td><td>BANDWIDTH_GBPS_HOURS</td><td>Gbps of one circuit</td></tr>
 *   <tr><td>QUANTUM</td><td>QPU_HOURS</td><td>1 (a unit is one QPU)</td></tr>
 * </table>
 *
 * <p>Gigabytes carried, when the provider reports them, are the {@code NETWORK_GB} meter as they are. Readings are
 * rounded half-up to {@value #SCALE} decimals, once, here. A price per unit-hour {@code p} is
 * {@code p ÷ perUnitHour} per meter unit, so rating by meter charges exactly the unit-hour price.
 */
@Component
public class UsageMeters {

  /** Decimals of a reading. */
  public static final int SCALE = 4;
  private static final BigDecimal GB_PER_TB = BigDecimal.valueOf(1000);
  private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

  private final Measurement measurement;

  public UsageMeters(Measurement measurement) {
    this.measurement = measurement;
  }

  /**
   * A pool's primary meter and how many of its units one unit-hour of the pool is.
   *
   * @param meter the meter
   * @param perUnitHour meter units per unit-hour of the pool (exact, not rounded)
   */
  public record PrimaryMeter(Meter meter, BigDecimal perUnitHour) {
  }

  /**
   * The pool's primary meter.
   *
   * @throws IllegalStateException when the pool's unified figures lack the dimension its meter counts (a spec
   *     without accelerators in an intelligent pool, say): such a pool cannot be metered honestly
   */
  public PrimaryMeter primary(ResourcePool pool) {
    PrimaryMeter primary = switch (pool.kind()) {
      case INTELLIGENT -> new PrimaryMeter(Meter.GPU_HOURS, BigDecimal.valueOf(measurement.accelerators(pool.spec())));
      case GENERAL -> new PrimaryMeter(Meter.CORE_HOURS, pool.unit().cpuCores());
      case SUPERCOMPUTING -> new PrimaryMeter(Meter.HPC_CORE_HOURS, pool.unit().cpuCores());
      case STORAGE -> new PrimaryMeter(Meter.STORAGE_GB_DAYS,
          pool.unit().storageTb().multiply(GB_PER_TB).divide(HOURS_PER_DAY, 10, RoundingMode.HALF_UP));
      case NETWORK -> new PrimaryMeter(Meter.BANDWIDTH_GBPS_HOURS, pool.unit().networkGbps());
      case QUANTUM -> new PrimaryMeter(Meter.QPU_HOURS, BigDecimal.ONE);
    };
    if (primary.perUnitHour().signum() <= 0) {
      throw new IllegalStateException("Pool " + pool.id() + " (" + pool.spec() + ") has nothing to count for "
          + primary.meter());
    }
    return primary;
  }

  /**
   * Cumulative readings per meter from what the provider reported for an allocation of {@code pool}.
   *
   * @param transferredGb {@code null} when the provider does not report it; then there is no {@code NETWORK_GB}
   */
  public Map<Meter, BigDecimal> readings(ResourcePool pool, BigDecimal unitHours, BigDecimal transferredGb) {
    PrimaryMeter primary = primary(pool);
    Map<Meter, BigDecimal> readings = new EnumMap<>(Meter.class);
    readings.put(primary.meter(), unitHours.multiply(primary.perUnitHour()).setScale(SCALE, RoundingMode.HALF_UP));
    if (transferredGb != null) {
      readings.put(Meter.NETWORK_GB, transferredGb.setScale(SCALE, RoundingMode.HALF_UP));
    }
    return readings;
  }
}
