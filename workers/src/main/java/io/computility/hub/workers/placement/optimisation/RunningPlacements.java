package io.computility.hub.workers.placement.optimisation;

import java.util.List;

/** Port to the order process: the placements currently running. */
public interface RunningPlacements {

  List<RunningPlacement> running();
}
