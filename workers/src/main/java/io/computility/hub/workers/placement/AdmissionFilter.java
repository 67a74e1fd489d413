package io.computility.hub.workers.placement;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Excludes pools whose admission class is below the demand's service level (R-6.5 b). */
@Component
@Order(40)
final class AdmissionFilter implements PlacementFilter {

  static final String NAME = "admission";

  @Override
  public String name() {
    return NAME;
  }

  /** Every admitted pool serves the lowest level, so a demand asking for it needs no check per pool. */
  @Override
  public boolean appliesTo(PlacementContext context) {
    return context.request().serviceLevel() != ServiceLevel.BASIC;
  }

  @Override
  public boolean accepts(PlacementContext context, CandidatePool pool) {
    return pool.admissionClass().covers(context.request().serviceLevel());
  }

  @Override
  public void acceptsAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      boolean[] accepted) {
    PoolBlocks.accept(this, context, pools, indexes, from, to, accepted);
  }

  @Override
  public Rejection explain(PlacementContext context, CandidatePool pool) {
    return Rejection.of("placement.filter.admission.below", pool.admissionClass(), context.request().serviceLevel());
  }
}
