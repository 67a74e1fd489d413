package io.computility.hub.workers.placement;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Excludes pools on which the demand's estimated cost exceeds its budget ceiling. */
@Component
@Order(60)
final class BudgetFilter implements PlacementFilter {

  static final String NAME = "budget";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean appliesTo(PlacementContext context) {
    return context.request().budgetFen() > 0;
  }

  @Override
  public boolean accepts(PlacementContext context, CandidatePool pool) {
    long budget = context.request().budgetFen();
    return budget <= 0 || context.estimatedCostFen(pool) <= budget;
  }

  @Override
  public void acceptsAll(PlacementContext context, List<CandidatePool> pools, int[] indexes, int from, int to,
      boolean[] accepted) {
    PoolBlocks.accept(this, context, pools, indexes, from, to, accepted);
  }

  @Override
  public Rejection explain(PlacementContext context, CandidatePool pool) {
    return Rejection.of("placement.filter.budget.exceeded", context.estimatedCostFen(pool),
        context.request().budgetFen());
  }
}
