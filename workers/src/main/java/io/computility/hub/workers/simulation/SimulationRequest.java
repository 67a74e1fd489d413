package io.computility.hub.workers.simulation;

import io.computility.hub.workers.placement.CandidatePool;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A simulation to run.
 *
 * @param policies names of stored policies or presets ({@code cost-first}, {@code latency-first},
 *     {@code green-first}, {@code balanced}) to compare
 * @param trace the demands; absent = the shipped sample trace
 * @param pools the pool snapshot; absent = the shipped sample snapshot
 */
public record SimulationRequest(
    @NotEmpty @Size(max = 8) List<@NotBlank String> policies,
    @Size(max = 100_000) List<DemandEvent> trace,
    @Size(max = 100_000) List<CandidatePool> pools) {
}
