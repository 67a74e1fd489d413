package io.computility.hub.workers.simulation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.workers.placement.CandidatePool;
import io.computility.hub.workers.placement.PoolHealth;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.ServiceLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads demand traces and pool snapshots from CSV (a header line, then one record per line; sets separated by
 * {@code ;}) or JSON (an array of {@link DemandEvent} / {@link CandidatePool} objects), chosen by the name's
 * extension. The shipped samples live under {@code classpath:simulation/}.
 */
public final class TraceFiles {

  /** The shipped sample trace (thousands of demands over a week). */
  public static final String SAMPLE_TRACE = "simulation/demand-trace.csv";
  /** The shipped sample snapshot (hundreds of pools across provinces). */
  public static final String SAMPLE_POOLS = "simulation/pool-snapshot.csv";

  static final String TRACE_HEADER = "arrival_minute,kind,quantity,duration_minutes,user_region,max_latency_ms,"
      + "budget_fen,allowed_regions,green_preferred,service_level";
  static final String POOL_HEADER = "pool_id,provider_id,region_code,zone,kind,unit,total_units,remaining_units,"
      + "unit_price_fen,pue,green_share,health,admission_class,provider_reliability,tags";

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private TraceFiles() {
  }

  /** Reads a trace; {@code name} decides the format. */
  public static List<DemandEvent> readTrace(String name, InputStream in) {
    if (name.endsWith(".json")) {
      return readJson(in, new TypeReference<>() { });
    }
    return readCsv(in, TRACE_HEADER, TraceFiles::demand);
  }

  /** Reads a pool snapshot; {@code name} decides the format. */
  public static List<CandidatePool> readPools(String name, InputStream in) {
    if (name.endsWith(".json")) {
      return readJson(in, new TypeReference<>() { });
    }
    return readCsv(in, POOL_HEADER, TraceFiles::pool);
  }

  /** The shipped sample trace. */
  public static List<DemandEvent> sampleTrace() {
    return readTrace(SAMPLE_TRACE, resource(SAMPLE_TRACE));
  }

  /** The shipped sample snapshot. */
  public static List<CandidatePool> samplePools() {
    return readPools(SAMPLE_POOLS, resource(SAMPLE_POOLS));
  }

  static String csv(DemandEvent e) {
    return String.join(",", Long.toString(e.arrivalMinute()), e.kind().name(), Long.toString(e.quantity()),
        Long.toString(e.durationMinutes()), e.userRegion() == null ? "" : e.userRegion(),
        Integer.toString(e.maxLatencyMillis()), Long.toString(e.budgetFen()), String.join(";", e.allowedRegions()),
        Boolean.toString(e.greenPreferred()), e.serviceLevel() == null ? "" : e.serviceLevel().name());
  }

  static String csv(CandidatePool p) {
    return String.join(",", p.poolId(), p.providerId(), p.regionCode(), p.zone(), p.kind().name(), p.unit(),
        Long.toString(p.totalUnits()), Long.toString(p.remainingUnits()), Long.toString(p.unitPriceFen()),
        Double.toString(p.pue()), Double.toString(p.greenShare()), p.health().name(), p.admissionClass().name(),
        Double.toString(p.providerReliability()), String.join(";", p.tags()));
  }

  private static DemandEvent demand(String[] f) {
    return new DemandEvent(Long.parseLong(f[0]), ResourceKind.valueOf(f[1]), Long.parseLong(f[2]),
        Long.parseLong(f[3]), f[4].isEmpty() ? null : f[4], Integer.parseInt(f[5]), Long.parseLong(f[6]), set(f[7]),
        Boolean.parseBoolean(f[8]), f[9].isEmpty() ? null : ServiceLevel.valueOf(f[9]));
  }

  private static CandidatePool pool(String[] f) {
    return new CandidatePool(f[0], f[1], f[2], f[3], ResourceKind.valueOf(f[4]), f[5], Long.parseLong(f[6]),
        Long.parseLong(f[7]), Long.parseLong(f[8]), Double.parseDouble(f[9]), Double.parseDouble(f[10]),
        PoolHealth.valueOf(f[11]), ServiceLevel.valueOf(f[12]), Double.parseDouble(f[13]), set(f[14]));
  }

  private static Set<String> set(String field) {
    return field.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(field.split(";")));
  }

  private static <T> List<T> readCsv(InputStream in, String header, Function<String[], T> parse) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String first = reader.readLine();
      if (first == null || !first.strip().equals(header)) {
        throw new IllegalArgumentException("Expected the CSV header " + header);
      }
      List<T> rows = new ArrayList<>();
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          rows.add(parse.apply(line.split(",", -1)));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("Line " + number + " is malformed: " + e.getMessage(), e);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> readJson(InputStream in, TypeReference<List<T>> type) {
    try (in) {
      return JSON.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = TraceFiles.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + path);
    }
    return in;
  }
}
