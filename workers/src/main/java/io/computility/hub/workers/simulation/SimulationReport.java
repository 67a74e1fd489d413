package io.computility.hub.workers.simulation;

import java.util.List;
import java.util.Map;

/**
 * Policies compared on one trace and pool snapshot, side by side (S-7.3 b: simulation to evaluate policies).
 *
 * @param demands demands in the trace
 * @param pools pools in the snapshot
 * @param horizonMinutes simulated span: the last arrival
 * @param outcomes one per policy, in the order asked
 */
public record SimulationReport(int demands, int pools, long horizonMinutes, List<PolicyOutcome> outcomes) {

  /**
   * How one policy did.
   *
   * @param policy the policy's name
   * @param policyVersion its version (0 for presets and inline policies)
   * @param accepted demands placed
   * @param acceptanceRate accepted / demands
   * @param meanDecisionMicros mean wall time of one placement decision
   * @param p95DecisionMicros 95th percentile of that
   * @param utilisationByRegion mean pool utilisation by the trace's demands over the horizon, per province
   * @param acceptedByRegion demands placed, per province of the chosen pool
   * @param totalCostFen estimated cost to users of all accepted demands
   * @param meanLatencyMillis mean round trip from user to chosen pool (demands with a user region)
   * @param greenEnergyShare share of the energy drawn (IT power × PUE) that is green
   * @param energyKwh energy drawn by accepted demands within the horizon
   * @param providerFairness Jain's index over providers' utilisation: 1 = perfectly even, 1/n = one takes all
   * @param rejectionsByFilter for rejected demands, which filter excluded the most pools (a rough "why")
   */
  public record PolicyOutcome(String policy, int policyVersion, int accepted, double acceptanceRate,
      double meanDecisionMicros, double p95DecisionMicros, Map<String, Double> utilisationByRegion,
      Map<String, Integer> acceptedByRegion, long totalCostFen, double meanLatencyMillis, double greenEnergyShare,
      double energyKwh, double providerFairness, Map<String, Integer> rejectionsByFilter) {
  }
}
