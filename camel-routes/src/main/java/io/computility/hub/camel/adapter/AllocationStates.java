package io.computility.hub.camel.adapter;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where an allocation's state changes: provisioning answers, status polls, partner callbacks and
 * releases all go through {@link #report}. A report of the state the allocation is in changes nothing (callbacks
 * and polls may repeat); a report the lifecycle does not allow (anything after {@code RELEASED}, {@code ACTIVE}
 * after {@code FAILED}) is ignored. Every change is kept in {@code camel_allocation_event} and announced as an
 * {@link AllocationStateChanged} event.
 */
@Service
public class AllocationStates {

  private static final int DETAIL_LENGTH = 500;
  private static final Map<AllocationState, Set<AllocationState>> NEXT = Map.of(
      AllocationState.PENDING, EnumSet.of(AllocationState.ACTIVE, AllocationState.FAILED, AllocationState.RELEASED),
      AllocationState.ACTIVE, EnumSet.of(AllocationState.FAILED, AllocationState.RELEASED),
      AllocationState.FAILED, EnumSet.of(AllocationState.RELEASED),
      AllocationState.RELEASED, EnumSet.noneOf(AllocationState.class));

  /** Where a state was learnt. */
  public enum Source {
    /** The provider's answer to the provisioning request. */
    PROVISIONING,
    /** A status request of the hub. */
    POLL,
    /** A partner's push to the callback endpoint. */
    CALLBACK,
    /** The hub released it. */
    RELEASE
  }

  /**
   * One stored change of an allocation's state.
   *
   * @param state the state from then on
   * @param detail the provider's words
   * @param source where it was learnt
   * @param at when it was stored
   */
  public record Change(AllocationState state, String detail, Source source, Instant at) {
  }

  private final AllocationMapper allocations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AllocationStates(AllocationMapper allocations, ApplicationEventPublisher events, Clock clock) {
    this.allocations = allocations;
    this.events = events;
    this.clock = clock;
  }

  /** The allocation with this hub id. */
  public Optional<Allocation> find(String allocationId) {
    return Optional.ofNullable(allocations.findById(allocationId));
  }

  /** The allocation a provider knows by {@code externalId}. */
  public Optional<Allocation> findByExternalId(String providerId, String externalId) {
    return Optional.ofNullable(allocations.findByExternalId(providerId, externalId));
  }

  /** The allocation's state changes, oldest first, starting with its creation. */
  public List<Change> history(String allocationId) {
    return allocations.findEvents(allocationId);
  }

  /** Stores a new allocation as the provider first reported it. */
  @Transactional
  Allocation created(Allocation allocation) {
    Allocation stored = new Allocation(allocation.id(), allocation.providerId(), allocation.poolId(),
        allocation.orderRef(), allocation.externalId(), allocation.units(), allocation.state(),
        clip(allocation.detail()), allocation.createdAt());
    allocations.insert(stored);
    allocations.insertEvent(stored.id(), stored.state(), stored.detail(), Source.PROVISIONING, stored.createdAt());
    events.publishEvent(new AllocationStateChanged(stored.id(), stored.providerId(), stored.state(),
        stored.detail()));
    return stored;
  }

  /**
   * Stores a reported state of an allocation, if the lifecycle allows it.
   *
   * @return the allocation as stored afterwards
   * @throws IllegalArgumentException when there is no such allocation
   */
  @Transactional
  public Allocation report(String allocationId, AllocationState state, String detail, Source source) {
    Allocation current = find(allocationId)
        .orElseThrow(() -> new IllegalArgumentException("No allocation " + allocationId));
    if (!NEXT.get(current.state()).contains(state)) {
      return current;
    }
    Instant now = clock.instant();
    String clipped = clip(detail);
    if (allocations.updateState(allocationId, current.state(), state, clipped, now) == 0) {
      // another report moved it first; that one was announced
      return allocations.findById(allocationId);
    }
    allocations.insertEvent(allocationId, state, clipped, source, now);
    events.publishEvent(new AllocationStateChanged(allocationId, current.providerId(), state, clipped));
    return allocations.findById(allocationId);
  }

  private static String clip(String detail) {
    return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
  }
}
