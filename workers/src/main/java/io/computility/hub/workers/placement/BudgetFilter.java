package io.computility.hub.workers.placement;

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
  public Rejection test(PlacementContext context, CandidatePool pool) {
    long budget = context.request().budgetFen();
    if (budget <= 0) {
      return null;
    }
    long cost = context.estimatedCostFen(pool);
    return cost <= budget ? null : Rejection.of("placement.filter.budget.exceeded", cost, budget);
  }
}
