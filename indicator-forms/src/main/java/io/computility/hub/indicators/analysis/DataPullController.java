package io.computility.hub.indicators.analysis;

import io.computility.hub.indicators.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Raw accepted values, paged and filterable, as JSON or CSV ({@code format=csv} or {@code Accept: text/csv}). */
@RestController
@RequestMapping("/api/v1/monitoring/values")
class DataPullController {

  private final DataPull pull;

  DataPullController(DataPull pull) {
    this.pull = pull;
  }

  @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
  @PreAuthorize("hasAnyRole('REGULATOR', 'OPERATOR', 'REPORTER', 'PARTNER')")
  ResponseEntity<?> values(@RequestParam(required = false) String indicator,
      @RequestParam(required = false) String period, @RequestParam(required = false) String region,
      @RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "100") @Min(1) @Max(10000) int size,
      @RequestParam(required = false) String format,
      @RequestHeader(name = "Accept", required = false) String accept,
      JwtAuthenticationToken token) {
    List<StoredValue> rows = pull.values(indicator, period, region, unit, page, size,
        Caller.of(token));
    if ("csv".equalsIgnoreCase(format) || (accept != null && accept.contains("text/csv"))) {
      return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
          .body(DataPull.csv(rows));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
  }
}
