package io.computility.hub.workers.placement;

import java.util.List;

/**
 * Port to the resource layer's live pool data. The unified resource model implements it; the engine only reads.
 * Implementations should answer from memory (a cached topology), since placement calls it on every decision.
 */
public interface PoolDirectory {

  /** All pools offering {@code kind}, with current remaining capacity and health; a random-access list. */
  List<CandidatePool> pools(ResourceKind kind);
}
