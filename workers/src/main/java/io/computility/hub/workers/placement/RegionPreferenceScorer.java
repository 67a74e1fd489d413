package io.computility.hub.workers.placement;

import java.util.Set;
import org.springframework.stereotype.Component;

/** Prefers pools in the demand's preferred regions (1 inside, 0 outside). */
@Component
final class RegionPreferenceScorer implements PlacementScorer {

  static final String NAME = "preference";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean higherIsBetter() {
    return true;
  }

  @Override
  public boolean appliesTo(PlacementContext context) {
    return !context.request().preferredRegions().isEmpty();
  }

  @Override
  public double measure(PlacementContext context, CandidatePool pool) {
    Set<String> preferred = context.request().preferredRegions();
    if (preferred.isEmpty()) {
      return 0;
    }
    if (preferred.contains(pool.regionCode())) {
      return 1;
    }
    for (String area : preferred) {
      if (RegionCodes.within(pool.regionCode(), area)) {
        return 1;
      }
    }
    return 0;
  }
}
