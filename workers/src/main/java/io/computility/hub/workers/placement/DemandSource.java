package io.computility.hub.workers.placement;

import java.util.Optional;

/**
 * Port to the operations layer's demand store (O-8.2: published custom demands): the placement worker reads the
 * demand it is asked to place. The portal's demand module implements it.
 */
public interface DemandSource {

  /** The demand as a placement request, or empty when there is no such demand. */
  Optional<PlacementRequest> find(String demandId);
}
