package io.computility.hub.indicators.evaluation;

import io.computility.hub.indicators.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Effectiveness rankings of regions or units per period, for regulators and operators. */
@RestController
@RequestMapping("/api/v1/monitoring/evaluations")
class EvaluationController {

  private final Evaluations evaluations;

  EvaluationController(Evaluations evaluations) {
    this.evaluations = evaluations;
  }

  @GetMapping("/{model}")
  @PreAuthorize("hasAnyRole('REGULATOR', 'OPERATOR')")
  List<ScoringModel.Ranked> rank(@PathVariable String model, @RequestParam String period,
      @RequestParam(defaultValue = "region") String by, @RequestParam(required = false) String region,
      @RequestParam(defaultValue = "1") @Min(0) @Max(3) int level, JwtAuthenticationToken token) {
    Caller caller = Caller.of(token);
    return "unit".equals(by) ? evaluations.units(model, period, region, caller)
        : evaluations.regions(model, period, region, level, caller);
  }
}
