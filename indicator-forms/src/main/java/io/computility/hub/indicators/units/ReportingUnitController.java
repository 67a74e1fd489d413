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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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

  /** A unit as created or replaced. */
  record UnitRequest(@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn,
      @NotNull UnitKind kind, @NotBlank @Pattern(regexp = "\\d{6}") String regionCode, List<String> reporters) {
  }
}
