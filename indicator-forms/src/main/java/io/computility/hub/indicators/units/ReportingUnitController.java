package io.computility.hub.indicators.units;

import io.computility.hub.indicators.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reporting units: OPERATOR maintains them; everyone else sees the units in their scope. */
@RestController
@RequestMapping("/api/v1/monitoring/units")
class ReportingUnitController {

  private final ReportingUnits units;

  ReportingUnitController(ReportingUnits units) {
    this.units = units;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('OPERATOR', 'REGULATOR', 'REPORTER')")
  List<ReportingUnit> list(JwtAuthenticationToken token) {
    return units.list(Caller.of(token));
  }

  @GetMapping("/{code}")
  @PreAuthorize("hasAnyRole('OPERATOR', 'REGULATOR', 'REPORTER')")
  ReportingUnit get(@PathVariable String code, JwtAuthenticationToken token) {
    return units.visible(code, Caller.of(token));
  }

  @PutMapping("/{code}")
  @PreAuthorize("hasRole('OPERATOR')")
  ReportingUnit save(@PathVariable String code, @Valid @RequestBody UnitRequest request) {
    return units.save(new ReportingUnit(code, request.nameZh(), request.nameEn(), request.kind(),
        request.regionCode(), request.reporters()));
  }

  @GetMapping("/{code}/pull-endpoint")
  @PreAuthorize("hasAnyRole('OPERATOR', 'REGULATOR', 'REPORTER')")
  PullEndpoint endpoint(@PathVariable String code, JwtAuthenticationToken token) {
    return units.visibleEndpoint(code, Caller.of(token));
  }

  /** The unit's own endpoint for API pull; the operator or the unit's reporters declare it. */
  @PutMapping("/{code}/pull-endpoint")
  @PreAuthorize("hasAnyRole('OPERATOR', 'REPORTER')")
  PullEndpoint declareEndpoint(@PathVariable String code, @Valid @RequestBody EndpointRequest request,
      JwtAuthenticationToken token) {
    return units.declareEndpoint(code, new PullEndpoint(request.url(), request.credentialsRef()), Caller.of(token));
  }

  @DeleteMapping("/{code}/pull-endpoint")
  @PreAuthorize("hasAnyRole('OPERATOR', 'REPORTER')")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeEndpoint(@PathVariable String code, JwtAuthenticationToken token) {
    units.removeEndpoint(code, Caller.of(token));
  }

  /** A pull endpoint as declared: the credentials reference names an environment variable. */
  record EndpointRequest(@NotBlank @Size(max = 500) String url, @Size(max = 100) String credentialsRef) {
  }

  /** A unit as created or replaced. */
  record UnitRequest(@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn,
      @NotNull UnitKind kind, @NotBlank @Pattern(regexp = "\\d{6}") String regionCode, List<String> reporters) {
  }
}
