package io.computility.hub.workers.placement.policy;

import io.computility.hub.workers.placement.AutoSelectRule;
import io.computility.hub.workers.placement.BusinessType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A policy as an operator writes it (create and update requests).
 *
 * @param name lower-case letters, digits and dashes, e.g. {@code training-cost-first}
 * @param businessType the business type it serves, or {@code null}
 * @param tenantId the tenant it serves, or {@code null}
 * @param filters enabled filter names; empty or absent = all
 * @param weights scorer name to weight 0..100; at least one
 * @param parameters plugin parameters, e.g. {@code health.allowDegraded: 1}
 * @param autoSelect the auto-selection rule; absent = follow the user's preference
 */
public record PolicyDefinition(
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String name,
    BusinessType businessType,
    @Size(max = 64) String tenantId,
    List<@NotBlank String> filters,
    @NotEmpty Map<@NotBlank String, @NotNull @DecimalMin("0") @DecimalMax("100") Double> weights,
    Map<@NotBlank String, @NotNull Double> parameters,
    @Valid AutoSelect autoSelect) {

  /**
   * @param mode who decides
   * @param minimumScore the top candidate's score must reach this, 0..100
   */
  public record AutoSelect(@NotNull AutoSelectRule.Mode mode,
      @DecimalMin("0") @DecimalMax("100") double minimumScore) {
  }

  /** What is stored as JSON beside the name, version and scope columns. */
  record Body(List<String> filters, Map<String, Double> weights, Map<String, Double> parameters,
      AutoSelectRule autoSelect) {
  }

  Body body() {
    return new Body(filters == null ? List.of() : filters, weights, parameters == null ? Map.of() : parameters,
        autoSelect == null ? AutoSelectRule.userPreference()
            : new AutoSelectRule(autoSelect.mode(), autoSelect.minimumScore()));
  }
}
