package io.computility.hub.workers.placement;

/**
 * Port: where a demand's ranked candidates go so that the user (or the auto-selection rule) can pick one.
 * Writing must be idempotent per demand: a retried placement replaces the earlier candidates.
 */
public interface CandidateSink {

  void write(String demandId, PlacementResult result);
}
