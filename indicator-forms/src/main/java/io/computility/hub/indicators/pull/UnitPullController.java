package io.computility.hub.indicators.pull;

import io.computility.hub.indicators.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An operator pulls a unit's values now (after fixing its endpoint, or when a scheduled pull failed). */
@RestController
@RequestMapping("/api/v1/monitoring/units/{code}/pulls")
class UnitPullController {

  private final UnitPulls pulls;

  UnitPullController(UnitPulls pulls) {
    this.pulls = pulls;
  }

  @PostMapping
  @PreAuthorize("hasRole('OPERATOR')")
  PullOutcome pull(@PathVariable String code, @Valid @RequestBody PullRequestBody request,
      JwtAuthenticationToken token) {
    return pulls.pull(code, request.dataSetCode(), request.period(), Caller.of(token));
  }

  /** Which data set and period to pull. */
  record PullRequestBody(@NotBlank String dataSetCode, @NotBlank String period) {
  }
}
