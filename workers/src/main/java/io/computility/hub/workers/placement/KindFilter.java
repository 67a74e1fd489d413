package io.computility.hub.workers.placement;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Excludes pools of another resource kind than the demand's. */
@Component
@Order(10)
final class KindFilter implements PlacementFilter {

  static final String NAME = "kind";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean accepts(PlacementContext context, CandidatePool pool) {
    return pool.kind() == context.request().kind();
  }

  @Override
  public void acceptsAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      boolean[] accepted) {
    PoolBlocks.accept(this, context, pools, indexes, from, to, accepted);
  }

  @Override
  public Rejection explain(PlacementContext context, CandidatePool pool) {
    return Rejection.of("placement.filter.kind.mismatch", pool.kind(), context.request().kind());
  }
}
