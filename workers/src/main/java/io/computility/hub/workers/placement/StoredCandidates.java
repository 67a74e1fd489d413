package io.computility.hub.workers.placement;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@link CandidateSink} in the workers' own table {@code placement_demand_candidate}. */
@Repository
public class StoredCandidates implements CandidateSink {

  /** Estimates are list prices in the platform's settlement currency. */
  static final String CURRENCY = "CNY";

  private final PlacementCandidateMapper mapper;
  private final TransactionTemplate transactions;
  private final Clock clock;

  StoredCandidates(PlacementCandidateMapper mapper, PlatformTransactionManager transactionManager,
      ObjectProvider<Clock> clock) {
    this.mapper = mapper;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @Override
  public void write(String demandId, PlacementResult result) {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    transactions.executeWithoutResult(status -> {
      mapper.deleteFor(demandId);
      for (PlacementResult.Candidate c : result.candidates()) {
        mapper.insert(new StoredCandidate(demandId, c.rank(), c.pool().poolId(), c.pool().providerId(), c.pool().regionCode(),
            c.score(), c.estimatedCostFen(), CURRENCY, c.latencyMillis(), breakdown(c), result.policyName(),
            result.policyVersion(), result.autoSelectAllowed(), now));
      }
    });
  }

  /** The stored candidates of a demand, best first (what the portal offers for confirmation). */
  public List<StoredCandidate> find(String demandId) {
    return List.copyOf(mapper.findFor(demandId));
  }

  /** {@code scorer=normalised*weight;…}, compact enough for a column and readable in a support console. */
  private static String breakdown(PlacementResult.Candidate candidate) {
    StringBuilder text = new StringBuilder();
    for (PlacementResult.ScoreDetail detail : candidate.breakdown()) {
      if (!text.isEmpty()) {
        text.append(';');
      }
      text.append(String.format(Locale.ROOT, "%s=%.1f*%.2f", detail.scorer(), detail.normalised(), detail.weight()));
    }
    return text.toString();
  }
}
