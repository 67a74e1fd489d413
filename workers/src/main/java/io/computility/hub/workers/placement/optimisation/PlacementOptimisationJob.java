package io.computility.hub.workers.placement.optimisation;

import io.computility.hub.workers.placement.PlacementEngine;
import io.computility.hub.workers.placement.PlacementPolicyResolver;
import io.computility.hub.workers.placement.PoolDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link PlacementOptimiser} periodically and hands its proposals to the order process. Off unless
 * {@code hub.workers.placement.optimisation-enabled=true}, since it needs the order process's ports; the period
 * is {@code hub.workers.placement.optimisation-interval} (ISO 8601, default PT5M). With several hub nodes,
 * every node proposes; the order process de-duplicates on the proposal key. An application without the order process
 * (no {@link RunningPlacements} or no {@link MigrationRequests}) has nothing to review: the job then does nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "hub.workers.placement.optimisation-enabled", havingValue = "true")
class PlacementOptimisationJob {

  private static final Logger LOG = LoggerFactory.getLogger(PlacementOptimisationJob.class);

  private final PlacementOptimiser optimiser;
  private final ObjectProvider<RunningPlacements> running;
  private final ObjectProvider<MigrationRequests> migrations;

  PlacementOptimisationJob(PlacementEngine engine, PoolDirectory directory, PlacementPolicyResolver policies,
      ObjectProvider<RunningPlacements> running, ObjectProvider<MigrationRequests> migrations) {
    this.optimiser = new PlacementOptimiser(engine, directory, policies);
    this.running = running;
    this.migrations = migrations;
  }

  @Scheduled(fixedDelayString = "${hub.workers.placement.optimisation-interval:PT5M}")
  void review() {
    RunningPlacements placements = running.getIfAvailable();
    MigrationRequests requests = migrations.getIfAvailable();
    if (placements == null || requests == null) {
      return;
    }
    var proposals = optimiser.review(placements.running());
    for (MigrationProposal proposal : proposals) {
      try {
        requests.submit(proposal);
      } catch (RuntimeException failed) {
        // one order's trouble must not keep the others on a failing pool; the next run proposes it again
        LOG.warn("Migration proposal {} not submitted: {}", proposal.key(), failed.toString());
      }
    }
    if (!proposals.isEmpty()) {
      LOG.info("Proposed {} placement migrations", proposals.size());
    }
  }
}
