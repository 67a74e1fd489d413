package io.computility.hub.workers.placement;

import java.util.Set;

/** Builders for pools and demands in tests: sensible defaults, change what the test is about. */
final class TestPools {

  private TestPools() {
  }

  /** An up, BASIC-admitted GPU pool in Beijing with 100 of 100 GPUs free at 1,000 fen per GPU-hour. */
  static CandidatePool gpu(String id) {
    return new CandidatePool(id, "prov-" + id, "110000", "z1", ResourceKind.INTELLIGENT_GPU, "GPU", 100, 100, 1000,
        1.3, 0.3, PoolHealth.UP, ServiceLevel.BASIC, 0.99, Set.of());
  }

  static CandidatePool with(CandidatePool p, String region, long remaining, long priceFen) {
    return new CandidatePool(p.poolId(), p.providerId(), region, p.zone(), p.kind(), p.unit(), p.totalUnits(),
        remaining, priceFen, p.pue(), p.greenShare(), p.health(), p.admissionClass(), p.providerReliability(),
        p.tags());
  }

  static CandidatePool energy(CandidatePool p, double pue, double greenShare) {
    return new CandidatePool(p.poolId(), p.providerId(), p.regionCode(), p.zone(), p.kind(), p.unit(),
        p.totalUnits(), p.remainingUnits(), p.unitPriceFen(), pue, greenShare, p.health(), p.admissionClass(),
        p.providerReliability(), p.tags());
  }

  static CandidatePool admitted(CandidatePool p, ServiceLevel level, double reliability) {
    return new CandidatePool(p.poolId(), p.providerId(), p.regionCode(), p.zone(), p.kind(), p.unit(),
        p.totalUnits(), p.remainingUnits(), p.unitPriceFen(), p.pue(), p.greenShare(), p.health(), level,
        reliability, p.tags());
  }

  static CandidatePool kind(CandidatePool p, ResourceKind kind) {
    return new CandidatePool(p.poolId(), p.providerId(), p.regionCode(), p.zone(), kind, p.unit(), p.totalUnits(),
        p.remainingUnits(), p.unitPriceFen(), p.pue(), p.greenShare(), p.health(), p.admissionClass(),
        p.providerReliability(), p.tags());
  }

  /** A demand builder with no constraints. */
  static Demand demand(long gpus) {
    return new Demand(gpus);
  }

  static final class Demand {
    private final long quantity;
    private ResourceKind kind = ResourceKind.INTELLIGENT_GPU;
    private Set<String> allowed = Set.of();
    private Set<String> preferred = Set.of();
    private String userRegion;
    private int maxLatency;
    private long minutes = 60;
    private long budget;
    private ServiceLevel level = ServiceLevel.BASIC;
    private boolean green;
    private boolean auto;
    private int limit = 100;

    private Demand(long quantity) {
      this.quantity = quantity;
    }

    Demand kind(ResourceKind value) {
      kind = value;
      return this;
    }

    Demand allowed(String... regions) {
      allowed = Set.of(regions);
      return this;
    }

    Demand preferred(String... regions) {
      preferred = Set.of(regions);
      return this;
    }

    Demand from(String region, int capMillis) {
      userRegion = region;
      maxLatency = capMillis;
      return this;
    }

    Demand minutes(long value) {
      minutes = value;
      return this;
    }

    Demand budget(long fen) {
      budget = fen;
      return this;
    }

    Demand level(ServiceLevel value) {
      level = value;
      return this;
    }

    Demand green() {
      green = true;
      return this;
    }

    Demand autoSelect() {
      auto = true;
      return this;
    }

    Demand limit(int value) {
      limit = value;
      return this;
    }

    PlacementRequest build() {
      return new PlacementRequest("d1", "t1", BusinessType.TRAINING, kind, quantity, allowed, preferred, userRegion,
          maxLatency, null, minutes, budget, level, green, auto, limit);
    }

    PlacementContext context(PlacementPolicy policy) {
      return new PlacementContext(build(), policy, new GeoLatencyMatrix());
    }

    PlacementContext context() {
      return context(PlacementPolicy.balanced());
    }
  }
}
