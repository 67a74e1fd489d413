package io.computility.hub.camel.partner;

import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ResourceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The request bodies of the partner API, validated against the unified model. */
final class PartnerRequests {

  private PartnerRequests() {
  }

  /**
   * A provider platform registering itself.
   *
   * @param id stable id chosen by the partner
   * @param name display name
   * @param owner owning organisation
   * @param kind how it encapsulates its resources
   * @param region GB/T 2260 code of its data centre
   * @param baseUrl root of its API, if the hub may call it
   * @param credentialsRef name of the hub setting that holds its API token (looked up as
   *     {@code hub.camel.partner-credentials.<id>.<credentialsRef>}); never the token itself
   * @param pue power usage effectiveness
   * @param greenPowerShare share of green power, 0–1
   */
  record Registration(
      @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") String id,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 200) String owner,
      @NotNull ProviderKind kind,
      @NotNull @Pattern(regexp = "[1-9]\\d{5}", message = "must be a GB/T 2260 six-digit code") String region,
      @Pattern(regexp = "https?://.+") @Size(max = 500) String baseUrl,
      @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "must be a setting name such as api-token")
      String credentialsRef,
      @NotNull @DecimalMin("1.0") @DecimalMax("3.0") BigDecimal pue,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal greenPowerShare) {
  }

  /** A full inventory report; replaces what the hub knew of the provider's pools. */
  record InventoryReport(@NotNull @Size(max = 500) List<@Valid @NotNull PoolReport> pools) {
  }

  /**
   * One pool in an inventory report.
   *
   * @param externalId the partner's id of the pool
   * @param kind what it offers
   * @param zone availability zone
   * @param spec vendor spec of one unit
   * @param totalUnits units in the pool
   * @param remainingUnits units still free
   * @param priceFenPerUnitHour price of a unit-hour in fen
   * @param currency ISO 4217 code
   */
  record PoolReport(
      @NotBlank @Size(max = 128) String externalId,
      @NotNull ResourceKind kind,
      @Size(max = 64) String zone,
      @NotBlank @Size(max = 300) String spec,
      @NotNull @PositiveOrZero Integer totalUnits,
      @NotNull @PositiveOrZero Integer remainingUnits,
      @NotNull @PositiveOrZero Long priceFenPerUnitHour,
      @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
  }

  /** Usage samples of allocations at the provider. */
  record UsageReport(@NotEmpty @Size(max = 1000) List<@Valid @NotNull UsageSample> samples) {
  }

  /**
   * One usage sample.
   *
   * @param allocationRef the allocation it measures
   * @param unitHours unit-hours used in the period
   * @param periodStart start of the period
   * @param periodEnd end of the period
   */
  record UsageSample(
      @NotBlank @Size(max = 128) String allocationRef,
      @NotNull @PositiveOrZero BigDecimal unitHours,
      @NotNull Instant periodStart,
      @NotNull Instant periodEnd) {
  }
}
