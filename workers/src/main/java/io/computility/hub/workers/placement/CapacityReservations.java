package io.computility.hub.workers.placement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Atomic capacity reservation (S-7.3 a): the order process reserves a placed demand's units when the order is
 * confirmed and releases them on cancellation or timeout. Reservation is idempotent per demand: a retried
 * confirmation returns the first outcome and never takes units twice. The resource layer keeps each pool's total
 * up to date with {@link #registerCapacity}. Every change also appends to {@code placement_capacity_event}.
 *
 * <p>The reserved public-service quota: a pool may keep a share of its units for public-service users
 * ({@link #setPublicServiceShare}, from the product's price plan). Ordinary demands may hold at most
 * total − ceil(total × share) units of it; public-service demands may take any free unit.
 */
@Service
public class CapacityReservations {

  /** Release reason for a reservation whose hold ran out. */
  public static final String TIMEOUT = "TIMEOUT";
  private static final int EXPIRY_BATCH = 100;

  private final CapacityReservationMapper mapper;
  private final TransactionTemplate transactions;
  private final Clock clock;

  CapacityReservations(CapacityReservationMapper mapper, PlatformTransactionManager transactionManager,
      ObjectProvider<Clock> clock) {
    this.mapper = mapper;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** What {@link #reserve} did. */
  public enum Outcome {
    /** Units taken now. */
    RESERVED,
    /** The demand already holds this reservation (a retry); nothing changed. */
    ALREADY_RESERVED,
    /** The demand's reservation was released before; a demand reserves once. */
    ALREADY_RELEASED,
    /** The demand holds a reservation on another pool or for another quantity. */
    CONFLICT,
    /** Not enough units left. */
    INSUFFICIENT_CAPACITY,
    /** The pool's capacity was never registered. */
    UNKNOWN_POOL
  }

  /** A stored reservation. */
  public record Reservation(String demandId, String poolId, long units, String state, String policyName,
      Integer policyVersion) {
  }

  /** Sets a pool's total capacity (the resource layer's sync); reserved units are kept. */
  public void registerCapacity(String poolId, long totalUnits) {
    transactions.executeWithoutResult(status -> {
      LocalDateTime now = now();
      mapper.upsertCapacity(poolId, totalUnits, now);
      mapper.insertEvent(poolId, null, "CAPACITY_SET", totalUnits, null, now);
    });
  }

  /**
   * Keeps {@code share} (0 to 1) of the pool's units for public-service demands; units ordinary demands hold
   * already are kept.
   *
   * @return {@code false} for an unknown pool
   */
  public boolean setPublicServiceShare(String poolId, BigDecimal share) {
    if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("share must be between 0 and 1: " + share);
    }
    return mapper.setPublicServiceShare(poolId, share, now()) == 1;
  }

  /** The share of the pool's units kept for public-service demands; {@code null} for an unknown pool. */
  public BigDecimal publicServiceShare(String poolId) {
    return mapper.publicServiceShare(poolId);
  }

  /** The pool's capacity history, oldest first: {@code CAPACITY_SET}, {@code RESERVED}, {@code RELEASED}. */
  List<String> history(String poolId) {
    return mapper.events(poolId);
  }

  /** Units still free to reserve, or {@code null} for an unknown pool. */
  public Long available(String poolId) {
    return mapper.available(poolId);
  }

  /** The demand's reservation, or {@code null}. */
  public Reservation find(String demandId) {
    return mapper.find(demandId);
  }

  /** Reserves {@code units} of {@code poolId} for an ordinary (not public-service) {@code demandId}. */
  public Outcome reserve(String demandId, String poolId, long units, String policyName, Integer policyVersion,
      Instant expiresAt) {
    return reserve(demandId, poolId, units, policyName, policyVersion, expiresAt, false);
  }

  /**
   * Reserves {@code units} of {@code poolId} for {@code demandId}.
   *
   * @param policyName the policy that placed the demand, recorded with the reservation; may be {@code null}
   * @param policyVersion its version; may be {@code null}
   * @param expiresAt when an unreleased hold times out, or {@code null} for no timeout
   * @param publicService whether the demand is a public-service user's, which may take the pool's reserved share
   */
  public Outcome reserve(String demandId, String poolId, long units, String policyName, Integer policyVersion,
      Instant expiresAt, boolean publicService) {
    if (units <= 0) {
      throw new IllegalArgumentException("units must be positive");
    }
    try {
      return transactions.execute(status -> {
        Reservation existing = mapper.find(demandId);
        if (existing != null) {
          return repeated(existing, poolId, units);
        }
        LocalDateTime now = now();
        mapper.insertReservation(demandId, poolId, units, publicService, policyName, policyVersion, now,
            expiresAt == null ? null : utc(expiresAt));
        if (mapper.takeUnits(poolId, units, publicService, now) == 1) {
          mapper.insertEvent(poolId, demandId, "RESERVED", units, null, now);
          return Outcome.RESERVED;
        }
        status.setRollbackOnly();
        return mapper.available(poolId) == null ? Outcome.UNKNOWN_POOL : Outcome.INSUFFICIENT_CAPACITY;
      });
    } catch (DuplicateKeyException concurrentRetry) {
      // The same demand was reserved by a concurrent call that committed first: answer as a retry would.
      return repeated(mapper.find(demandId), poolId, units);
    }
  }

  /** Releases the demand's reservation; {@code true} if units were returned now, {@code false} if nothing held. */
  public boolean release(String demandId, String reason) {
    return Boolean.TRUE.equals(transactions.execute(status -> {
      Reservation reservation = mapper.find(demandId);
      LocalDateTime now = now();
      if (reservation == null || mapper.markReleased(demandId, reason, now) == 0) {
        return false;
      }
      mapper.returnUnits(reservation.poolId(), reservation.units(), mapper.isPublicService(demandId), now);
      mapper.insertEvent(reservation.poolId(), demandId, "RELEASED", reservation.units(), reason, now);
      return true;
    }));
  }

  /** Releases every hold whose time ran out; returns how many. Call periodically. */
  public int releaseExpired() {
    int released = 0;
    List<String> batch;
    do {
      batch = mapper.expired(now(), EXPIRY_BATCH);
      for (String demandId : batch) {
        if (release(demandId, TIMEOUT)) {
          released++;
        }
      }
    } while (batch.size() == EXPIRY_BATCH);
    return released;
  }

  private static Outcome repeated(Reservation existing, String poolId, long units) {
    if (!"RESERVED".equals(existing.state())) {
      return Outcome.ALREADY_RELEASED;
    }
    return existing.poolId().equals(poolId) && existing.units() == units ? Outcome.ALREADY_RESERVED
        : Outcome.CONFLICT;
  }

  private LocalDateTime now() {
    return utc(clock.instant());
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
