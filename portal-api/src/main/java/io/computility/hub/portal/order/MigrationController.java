package io.computility.hub.portal.order;

import io.computility.hub.portal.Paged;
import io.computility.hub.portal.web.Caller;
import io.computility.hub.portal.web.PageQuery;
import io.computility.hub.portal.web.PortalProblem;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Migrations of running orders (S-7.3 c) over {@link OrderMigrations}: an order's proposals, accepted or declined by
 * the order's owner or an OPERATOR (others' orders answer 404, as for orders), and every order's migrations for
 * operators.
 */
@RestController
class MigrationController {

  private final OrderMigrations migrations;

  MigrationController(OrderMigrations migrations) {
    this.migrations = migrations;
  }

  @GetMapping("/api/v1/orders/{orderId}/migrations")
  List<Migration> forOrder(@PathVariable String orderId, Caller caller) {
    return migrations.forOrder(caller.ownerFilter(null), orderId);
  }

  /** Accepts a proposed migration; the order process moves the order after this answers. */
  @PostMapping("/api/v1/orders/{orderId}/migrations/{migrationId}/accept")
  Migration accept(@PathVariable String orderId, @PathVariable String migrationId, Caller caller) {
    return migrations.accept(caller.ownerFilter(null), orderId, migrationId, caller.username());
  }

  @PostMapping("/api/v1/orders/{orderId}/migrations/{migrationId}/decline")
  Migration decline(@PathVariable String orderId, @PathVariable String migrationId, Caller caller) {
    return migrations.decline(caller.ownerFilter(null), orderId, migrationId, caller.username());
  }

  /** Every order's migrations, newest first, optionally in one status (OPERATOR). */
  @GetMapping("/api/v1/scheduling/migrations")
  Paged<Migration> list(@RequestParam(required = false) MigrationStatus status, PageQuery page, Caller caller) {
    if (!caller.operator()) {
      throw new PortalProblem.NotAllowed(null, "Only operators see every order's migrations");
    }
    return page.paged(migrations.list(status, page.offset(), page.size()), migrations.count(status));
  }
}
