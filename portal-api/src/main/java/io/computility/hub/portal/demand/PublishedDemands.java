package io.computility.hub.portal.demand;

import io.computility.hub.workers.placement.DemandSource;
import io.computility.hub.workers.placement.PlacementRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The placement engine's {@link DemandSource}: the demands consumers published in the portal. */
@Component
class PublishedDemands implements DemandSource {

  private final DemandMapper mapper;

  PublishedDemands(DemandMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Optional<PlacementRequest> find(String demandId) {
    return Optional.ofNullable(mapper.find(demandId)).map(row -> row.toDemand().toPlacementRequest());
  }
}
