package io.computility.hub.workers.placement;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Places a stored demand end to end: reads it, picks the policy, asks the pool directory for live pools of the
 * kind, runs the engine and stores the candidates. The demand store and the pool directory belong to other
 * modules that may not be deployed yet; until they are, {@link #place} throws {@link NotWiredException}.
 */
@Service
public class PlacementService {

  private final Supplier<DemandSource> demands;
  private final Supplier<PoolDirectory> pools;
  private final PlacementPolicyResolver policies;
  private final PlacementEngine engine;
  private final CandidateSink candidates;

  @Autowired
  PlacementService(ObjectProvider<DemandSource> demands, ObjectProvider<PoolDirectory> pools,
      PlacementPolicyResolver policies, PlacementEngine engine, CandidateSink candidates) {
    this.demands = demands::getIfAvailable;
    this.pools = pools::getIfAvailable;
    this.policies = policies;
    this.engine = engine;
    this.candidates = candidates;
  }

  /** For use without Spring. */
  public PlacementService(DemandSource demands, PoolDirectory pools, PlacementPolicyResolver policies,
      PlacementEngine engine, CandidateSink candidates) {
    this.demands = () -> demands;
    this.pools = () -> pools;
    this.policies = policies;
    this.engine = engine;
    this.candidates = candidates;
  }

  /** The placement of {@code demandId}, already written to the candidate sink. */
  public PlacementResult place(String demandId) {
    DemandSource demandSource = demands.get();
    PoolDirectory directory = pools.get();
    if (demandSource == null || directory == null) {
      throw new NotWiredException();
    }
    PlacementRequest request = demandSource.find(demandId).orElseThrow(() -> new UnknownDemandException(demandId));
    PlacementPolicy policy = policies.resolve(request.tenantId(), request.businessType());
    List<CandidatePool> live = directory.pools(request.kind());
    PlacementResult result = engine.place(request, policy, live);
    candidates.write(demandId, result);
    return result;
  }

  /** The demand store does not know the demand. */
  public static final class UnknownDemandException extends RuntimeException {
    UnknownDemandException(String demandId) {
      super("Unknown demand " + demandId);
    }
  }

  /** No {@link DemandSource} or {@link PoolDirectory} bean is deployed. */
  public static final class NotWiredException extends IllegalStateException {
    NotWiredException() {
      super("Placement is not wired: a DemandSource and a PoolDirectory bean are needed");
    }
  }
}
