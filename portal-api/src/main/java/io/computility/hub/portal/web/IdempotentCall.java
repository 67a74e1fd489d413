package io.computility.hub.portal.web;

import java.time.Instant;

/**
 * A state-changing call as the idempotency store keeps it, with its response once it has one.
 *
 * @param requestHash SHA-256 (hex) of method, path with query, and body: what makes a repeat the same call
 * @param state {@code IN_PROGRESS} until the response is stored, then {@code COMPLETED}
 * @param lockedUntil until when an unfinished call keeps its key from repeats
 * @param responseStatus the HTTP status of the first response
 * @param responseType its {@code Content-Type}
 * @param responseLocation its {@code Location}, for created resources
 * @param responseBody its body as sent
 */
record IdempotentCall(String caller, String idempotencyKey, String requestHash, String method, String path,
    State state, Instant lockedUntil, Integer responseStatus, String responseType, String responseLocation,
    byte[] responseBody, Instant createdAt, Instant completedAt) {

  /** Where a call is. */
  enum State { IN_PROGRESS, COMPLETED }
}
