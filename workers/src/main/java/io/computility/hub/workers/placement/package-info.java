/**
 * Scheduling layer: placement (S-7.3 a), capacity reservation and the {@code placement},
 * {@code capacity-reservation} and {@code capacity-release} workers.
 *
 * <h2>Flow</h2>
 * {@link io.computility.hub.workers.placement.PlacementService} reads a demand through {@link
 * io.computility.hub.workers.placement.DemandSource}, picks a policy through {@link
 * io.computility.hub.workers.placement.PlacementPolicyResolver} (policy management), asks {@link
 * io.computility.hub.workers.placement.PoolDirectory} for live pools, runs {@link
 * io.computility.hub.workers.placement.PlacementEngine} and stores the ranked candidates through {@link
 * io.computility.hub.workers.placement.CandidateSink} ({@code placement_demand_candidate}). When the user (or the
 * auto-selection rule) confirms, the order process reserves capacity with {@link
 * io.computility.hub.workers.placement.CapacityReservations} and releases it on cancel or timeout.
 *
 * <h2>Ports other modules implement</h2>
 * <ul>
 *   <li>{@code PoolDirectory} and, optionally, {@code LatencyMatrix} (mark it {@code @Primary}; the default is
 *       {@link io.computility.hub.workers.placement.GeoLatencyMatrix}): the resource layer.</li>
 *   <li>{@code DemandSource}: the operations layer's demand store.</li>
 *   <li>{@code optimisation.RunningPlacements} and {@code optimisation.MigrationRequests}: the order process
 *       (only when {@code hub.workers.placement.optimisation-enabled=true}).</li>
 * </ul>
 *
 * <h2>Plugins</h2>
 * A {@link io.computility.hub.workers.placement.PlacementFilter} or {@link
 * io.computility.hub.workers.placement.PlacementScorer} bean is picked up by the engine and can be named in
 * policies at once; the engine never changes for a new one.
 */
package io.computility.hub.workers.placement;
