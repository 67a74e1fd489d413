package io.computility.hub.portal.order;

import io.computility.hub.workers.HubProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Domain errors of orders, rendered as problem+json. Titles come from the bundles under
 * {@code problemDetail.title.<class name>}, details under {@code problemDetail.<class name>}.
 */
public abstract sealed class OrderProblem extends ErrorResponseException {

  OrderProblem(HttpStatus status, String type, String field, String defaultDetail, Object... args) {
    super(status, HubProblems.detail(status, type, field, defaultDetail), null, null, args);
  }

  /** No order of that id visible to the caller. */
  public static final class NotFound extends OrderProblem {
    NotFound(String orderId) {
      super(HttpStatus.NOT_FOUND, "order-not-found", null, "There is no order " + orderId, orderId);
    }
  }

  /** Only a running order can be released. */
  public static final class NotRunning extends OrderProblem {
    NotRunning(String orderId, OrderStatus status) {
      super(HttpStatus.CONFLICT, "order-not-running", null,
          "Order " + orderId + " is " + status + "; only a RUNNING order can be released", orderId, status.name());
    }
  }

  /** No migration of that id for the order. */
  public static final class MigrationNotFound extends OrderProblem {
    MigrationNotFound(String orderId, String migrationId) {
      super(HttpStatus.NOT_FOUND, "migration-not-found", "migrationId",
          "Order " + orderId + " has no migration " + migrationId, orderId, migrationId);
    }
  }

  /** The migration was decided otherwise or has finished: it can no longer be accepted or declined. */
  public static final class MigrationDecided extends OrderProblem {
    MigrationDecided(String migrationId, MigrationStatus status, String action) {
      super(HttpStatus.CONFLICT, "migration-decided", "status",
          "Migration " + migrationId + " is " + status + " and cannot be " + action, migrationId, status.name(),
          action);
    }
  }

  /** Only a running order can move to another pool. */
  public static final class NotRunningForMigration extends OrderProblem {
    NotRunningForMigration(String orderId, OrderStatus status) {
      super(HttpStatus.CONFLICT, "order-not-running", "orderId",
          "Order " + orderId + " is " + status + "; only a RUNNING order can migrate", orderId, status.name());
    }
  }

  /** A list parameter out of range. */
  public static final class InvalidParameter extends OrderProblem {
    InvalidParameter(String field, Object value) {
      super(HttpStatus.BAD_REQUEST, "invalid-request", field,
          "Parameter '" + field + "' has an invalid value: " + value, field, String.valueOf(value));
    }
  }
}
