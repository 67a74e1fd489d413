package io.computility.hub.indicators.units;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.MonitoringProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting units and who may see them: an operator (or a national regulator) every unit, a regulator the
 * units in its region, a reporter only the units it reports for. A unit out of scope is "not found", so its
 * existence does not leak.
 */
@Service
public class ReportingUnits {

  private final UnitMapper units;

  ReportingUnits(UnitMapper units) {
    this.units = units;
  }

  /** Creates or replaces a unit and its reporters. */
  @Transactional
  public ReportingUnit save(ReportingUnit unit) {
    if (!RegionCode.isValid(unit.regionCode())) {
      throw new MonitoringProblem.Invalid("unit-invalid", "Region code must be six digits (GB/T 2260)",
          "regionCode");
    }
    if (units.find(unit.code()) == null) {
      units.insert(unit);
    } else {
      units.update(unit);
    }
    units.clearReporters(unit.code());
    unit.reporters().forEach(username -> units.addReporter(unit.code(), username));
    return unit;
  }

  /**
   * Declares (or replaces) the endpoint the hub pulls a unit's values from; the operator or the unit's reporters
   * may. The URL must be absolute http(s); the credentials reference names an environment variable.
   */
  @Transactional
  public PullEndpoint declareEndpoint(String code, PullEndpoint endpoint, Caller caller) {
    reportable(code, caller);
    URI url;
    try {
      url = new URI(endpoint.url());
    } catch (URISyntaxException | NullPointerException e) {
      url = null;
    }
    boolean web = url != null && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()));
    if (!web || url.getHost() == null) {
      throw new MonitoringProblem.Invalid("pull-endpoint-invalid", "Not an absolute http(s) URL: " + endpoint.url(),
          "url");
    }
    if (endpoint.credentialsRef() != null && !endpoint.credentialsRef().matches("[A-Z][A-Z0-9_]{0,99}")) {
      throw new MonitoringProblem.Invalid("pull-endpoint-invalid",
          "The credentials reference must name an environment variable (A-Z, 0-9, _)", "credentialsRef");
    }
    units.removeEndpoint(code);
    units.insertEndpoint(code, endpoint);
    return endpoint;
  }

  /** Stops pulling from a unit: forgets its endpoint. */
  @Transactional
  public void removeEndpoint(String code, Caller caller) {
    reportable(code, caller);
    if (units.removeEndpoint(code) == 0) {
      throw new MonitoringProblem.NotFound("Pull endpoint of unit", code);
    }
  }

  /** The endpoint a unit's values are pulled from, if it declared one (internal use). */
  public Optional<PullEndpoint> endpoint(String code) {
    return Optional.ofNullable(units.endpoint(code));
  }

  /** The endpoint of a unit the caller may see. */
  public PullEndpoint visibleEndpoint(String code, Caller caller) {
    visible(code, caller);
    return endpoint(code).orElseThrow(() -> new MonitoringProblem.NotFound("Pull endpoint of unit", code));
  }

  /** A unit, regardless of scope (for internal use by workers and services). */
  public ReportingUnit get(String code) {
    UnitMapper.UnitRow row = units.find(code);
    if (row == null) {
      throw new MonitoringProblem.NotFound("Reporting unit", code);
    }
    return withReporters(row);
  }

  /** A unit the caller may see; otherwise "not found". */
  public ReportingUnit visible(String code, Caller caller) {
    return visible(code, get(code), caller);
  }

  /** A unit the caller may report for; a reporter of another unit is refused. */
  public ReportingUnit reportable(String code, Caller caller) {
    return reportable(code, get(code), caller);
  }

  /**
   * The units among {@code codes} the caller may report for, read in two queries: the answer looks a code up and
   * refuses it exactly as {@link #reportable(String, Caller)} would (not found, or out of scope).
   */
  public Function<String, ReportingUnit> reportableAmong(Collection<String> codes, Caller caller) {
    Map<String, ReportingUnit> known = new HashMap<>();
    if (!codes.isEmpty()) {
      Set<String> distinct = new HashSet<>(codes);
      Map<String, List<String>> reporters = new HashMap<>();
      units.reportersOf(distinct).forEach(reporter -> reporters.computeIfAbsent(reporter.unitCode(),
          code -> new ArrayList<>()).add(reporter.username()));
      units.findAll(distinct).forEach(row -> known.put(row.code(), new ReportingUnit(row.code(), row.nameZh(),
          row.nameEn(), row.kind(), row.regionCode(), reporters.getOrDefault(row.code(), List.of()))));
    }
    return code -> reportable(code, known.get(code), caller);
  }

  private ReportingUnit visible(String code, ReportingUnit unit, Caller caller) {
    if (unit == null || !sees(caller, unit)) {
      throw new MonitoringProblem.NotFound("Reporting unit", code);
    }
    return unit;
  }

  private ReportingUnit reportable(String code, ReportingUnit unit, Caller caller) {
    visible(code, unit, caller);
    if (!caller.is("OPERATOR") && !unit.reporters().contains(caller.username())) {
      throw new MonitoringProblem.OutOfScope("Only the unit's reporters may report for unit '" + code + "'");
    }
    return unit;
  }

  /** The units the caller may see. */
  public List<ReportingUnit> list(Caller caller) {
    List<UnitMapper.UnitRow> rows;
    if (caller.seesAllRegions()) {
      rows = units.findInRegion("");
    } else if (caller.is("REGULATOR")) {
      rows = units.findInRegion(regionPrefix(caller));
    } else {
      rows = units.findByReporter(caller.username());
    }
    return rows.stream().map(this::withReporters).toList();
  }

  /** Whether the caller may see the unit's data. */
  public boolean sees(Caller caller, ReportingUnit unit) {
    if (caller.seesAllRegions()) {
      return true;
    }
    if (caller.is("REGULATOR")) {
      return unit.regionCode().startsWith(regionPrefix(caller));
    }
    return unit.reporters().contains(caller.username());
  }

  /**
   * The region prefix a regulator sees: its region's significant digits. A regulator without a valid region
   * sees nothing rather than everything.
   */
  public static String regionPrefix(Caller caller) {
    if (!RegionCode.isValid(caller.region())) {
      return "NONE";
    }
    return new RegionCode(caller.region()).prefix();
  }

  private ReportingUnit withReporters(UnitMapper.UnitRow row) {
    return new ReportingUnit(row.code(), row.nameZh(), row.nameEn(), row.kind(), row.regionCode(),
        units.reporters(row.code()));
  }
}
