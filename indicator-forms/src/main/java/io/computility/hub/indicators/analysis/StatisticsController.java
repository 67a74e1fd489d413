package io.computility.hub.indicators.analysis;

import io.computility.hub.indicators.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statistics for regulators and operators (M-9.4, M-9.5 b): an indicator by region at a level, or a category's
 * indicators for one region, each with period-on-period and year-on-year change.
 */
@RestController
@RequestMapping("/api/v1/monitoring/statistics")
class StatisticsController {

  private final Statistics statistics;

  StatisticsController(Statistics statistics) {
    this.statistics = statistics;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('REGULATOR', 'OPERATOR', 'PARTNER')")
  List<Statistics.RegionStatistic> byRegion(@RequestParam String indicator, @RequestParam String period,
      @RequestParam(required = false) String region, @RequestParam(defaultValue = "1") @Min(0) @Max(3) int level,
      JwtAuthenticationToken token) {
    return statistics.byRegion(indicator, period, region, level, Caller.of(token));
  }

  @GetMapping("/categories")
  @PreAuthorize("hasAnyRole('REGULATOR', 'OPERATOR', 'PARTNER')")
  List<Statistics.RegionStatistic> byCategory(@RequestParam String category, @RequestParam String period,
      @RequestParam(required = false) String region, JwtAuthenticationToken token) {
    return statistics.byCategory(category, period, region, Caller.of(token));
  }
}
