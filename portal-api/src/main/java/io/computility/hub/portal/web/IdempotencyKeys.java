package io.computility.hub.portal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store behind the portal's {@code Idempotency-Key}: per caller and key, the first call runs and its response is
 * kept; a repeat gets that response back, a different call under the same key is refused, and a repeat racing the
 * first call is told to come back. The key's row is written before the call runs, in a transaction of its own, so
 * the database's unique key decides which of two concurrent repeats runs.
 */
@Service
public class IdempotencyKeys {

  /** The request header carrying the caller's key. */
  public static final String HEADER = "Idempotency-Key";

  /** The longest key accepted. */
  static final int MAX_KEY_LENGTH = 255;

  private static final int CLAIM_ATTEMPTS = 3;

  private final IdempotencyKeyMapper calls;
  private final Clock clock;
  private final PortalProperties.Idempotency settings;
  private final TransactionTemplate ownTransaction;

  IdempotencyKeys(IdempotencyKeyMapper calls, Clock clock, PortalProperties properties,
      PlatformTransactionManager transactionManager) {
    this.calls = calls;
    this.clock = clock;
    this.settings = properties.idempotency();
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * A key for a service's own idempotency (the wallet's, say) derived from the caller's portal key, so that two
   * callers' equal keys never meet there: at most 71 characters whatever the key's length.
   */
  public static String scopedKey(String caller, String key) {
    return "portal:" + sha256((caller + "\n" + key).getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 of a request's method, path with query, and body: what makes a repeat the same request. */
  static String fingerprint(String method, String pathAndQuery, byte[] body) {
    byte[] head = (method + " " + pathAndQuery + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return sha256(all);
  }

  /**
   * Claims {@code key} for a call, or finds what became of the first call with it.
   *
   * @return {@code null} when this call is the first (or takes over one whose lease ran out) and must run; the
   *     first call's stored response when it is a repeat of a completed call
   * @throws PortalProblem.IdempotencyKeyReused when the key was used for a different request
   * @throws PortalProblem.IdempotentCallInProgress when the first call with the key is still running
   */
  IdempotentCall claim(String caller, String key, String method, String path, String requestHash) {
    for (int attempt = 1; ; attempt++) {
      Instant now = now();
      IdempotentCall call = new IdempotentCall(caller, key, requestHash, method, path,
          IdempotentCall.State.IN_PROGRESS, now.plus(settings.inProgressLease()), null, null, null, null, now, null);
      try {
        ownTransaction.executeWithoutResult(status -> calls.insert(call));
        return null;
      } catch (DuplicateKeyException taken) {
        IdempotentCall first = calls.find(caller, key);
        if (first == null && attempt < CLAIM_ATTEMPTS) {
          continue; // the first call failed and released its key in between: claim it again
        }
        if (first == null) {
          throw taken;
        }
        if (!first.requestHash().equals(requestHash)) {
          throw new PortalProblem.IdempotencyKeyReused(key);
        }
        if (first.state() == IdempotentCall.State.COMPLETED) {
          return first;
        }
        if (calls.takeOver(caller, key, now, call.lockedUntil()) == 1) {
          return null;
        }
        throw new PortalProblem.IdempotentCallInProgress(key);
      }
    }
  }

  /** Keeps the first call's response for repeats. */
  void complete(String caller, String key, int status, String contentType, String location, byte[] body) {
    calls.complete(caller, key, status, contentType, location, body, now());
  }

  /** Gives up a key whose call failed without effect, so that a corrected repeat can run. */
  void release(String caller, String key) {
    calls.release(caller, key);
  }

  /** Forgets keys older than the configured retention. */
  @Scheduled(fixedDelayString = "${hub.portal.idempotency.purge-interval:PT1H}") // PortalProperties.Idempotency
  public int purgeExpired() {
    return calls.purge(now().minus(settings.retention()));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
