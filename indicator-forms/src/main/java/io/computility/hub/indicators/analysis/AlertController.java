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

/** Alerts for regulators (their region and below) and operators (everything). */
@RestController
@RequestMapping("/api/v1/monitoring/alerts")
class AlertController {

  private final Alerts alerts;

  AlertController(Alerts alerts) {
    this.alerts = alerts;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('REGULATOR', 'OPERATOR')")
  List<Alert> list(@RequestParam(required = false) String period, @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, JwtAuthenticationToken token) {
    return alerts.list(Caller.of(token), period, kind, page, size);
  }
}
