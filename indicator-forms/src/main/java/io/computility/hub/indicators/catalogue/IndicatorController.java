package io.computility.hub.indicators.catalogue;

import io.computility.hub.indicators.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The indicator system's API: OPERATOR maintains it; REGULATOR and REPORTER read the tree. */
@RestController
@RequestMapping("/api/v1/monitoring/indicators")
class IndicatorController {

  private final IndicatorCatalogue catalogue;

  IndicatorController(IndicatorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('OPERATOR', 'REGULATOR', 'REPORTER')")
  List<IndicatorTree.Node> tree() {
    return catalogue.tree().roots();
  }

  @GetMapping("/{code}")
  @PreAuthorize("hasAnyRole('OPERATOR', 'REGULATOR', 'REPORTER')")
  Indicator get(@PathVariable String code) {
    return catalogue.get(code);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('OPERATOR')")
  Indicator create(@Valid @RequestBody IndicatorRequest request, JwtAuthenticationToken token) {
    return catalogue.create(request.toIndicator(request.code()), Caller.of(token).username());
  }

  @PutMapping("/{code}")
  @PreAuthorize("hasRole('OPERATOR')")
  Indicator update(@PathVariable String code, @Valid @RequestBody IndicatorRequest request,
      JwtAuthenticationToken token) {
    return catalogue.update(request.toIndicator(code), Caller.of(token).username());
  }

  @PostMapping("/{code}/retire")
  @PreAuthorize("hasRole('OPERATOR')")
  Indicator retire(@PathVariable String code, JwtAuthenticationToken token) {
    return catalogue.retire(code, Caller.of(token).username());
  }

  @DeleteMapping("/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasRole('OPERATOR')")
  void delete(@PathVariable String code, JwtAuthenticationToken token) {
    catalogue.delete(code, Caller.of(token).username());
  }

  /** An indicator as created or changed; on update, code and parent are taken from the path and the store. */
  record IndicatorRequest(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z0-9_]+(\\.[A-Z0-9_]+)*") String code,
      @Size(max = 64) String parentCode,
      @NotBlank @Size(max = 200) String nameZh,
      @NotBlank @Size(max = 200) String nameEn,
      @Size(max = 1000) String definition,
      @Size(max = 2000) String description,
      @Size(max = 32) String unit,
      @NotNull ValueType valueType,
      @NotNull Aggregation aggregation,
      @Size(max = 64) String weightCode,
      BigDecimal minValue,
      BigDecimal maxValue,
      @Size(max = 1000) String choices,
      IndicatorStatus status,
      int sortOrder) {

    Indicator toIndicator(String code) {
      return new Indicator(code, parentCode, 0, nameZh, nameEn, definition, description, unit, valueType,
          aggregation, weightCode, minValue, maxValue, choices, status, sortOrder);
    }
  }
}
