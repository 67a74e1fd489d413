package io.computility.hub.portal.demand;

import io.computility.hub.portal.Paged;
import io.computility.hub.portal.order.Orders;
import io.computility.hub.portal.web.Caller;
import io.computility.hub.portal.web.IdempotencyKeys;
import io.computility.hub.portal.web.PageQuery;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Custom demands (O-8.2) and their offers (O-8.4) over {@link Demands}: publish, list, detail, cancel, the offers
 * with their score breakdown, and confirming one. A consumer sees and acts on its own demands only (others' ids
 * answer 404); an OPERATOR sees everyone's and may narrow a list with {@code ?consumer=}.
 */
@RestController
@RequestMapping("/api/v1/demands")
class DemandController {

  private final Demands demands;
  private final Orders orders;

  DemandController(Demands demands, Orders orders) {
    this.demands = demands;
    this.orders = orders;
  }

  @PostMapping
  ResponseEntity<Demand> publish(@RequestBody DemandDraft draft, @RequestHeader(IdempotencyKeys.HEADER) String key,
      Caller caller) {
    Demand demand = demands.publish(caller.username(), draft, IdempotencyKeys.scopedKey(caller.username(), key));
    return ResponseEntity.created(URI.create("/api/v1/demands/" + demand.id())).body(demand);
  }

  @GetMapping
  Paged<Demand> list(@RequestParam(required = false) DemandStatus status,
      @RequestParam(required = false) String consumer, PageQuery page, Caller caller) {
    return demands.list(caller.ownerFilter(consumer), status, page.page(), page.size());
  }

  @GetMapping("/{demandId}")
  DemandDetail detail(@PathVariable String demandId, Caller caller) {
    String consumer = scope(caller);
    Demand demand = demands.find(consumer, demandId);
    return new DemandDetail(demand, demands.history(consumer, demandId),
        orders.forDemand(consumer, demandId).map(order -> order.id()).orElse(null));
  }

  @PostMapping("/{demandId}/cancel")
  Demand cancel(@PathVariable String demandId, Caller caller) {
    return demands.cancel(scope(caller), demandId);
  }

  @GetMapping("/{demandId}/offers")
  Paged<Offer> offers(@PathVariable String demandId, PageQuery page, Caller caller) {
    // a demand has at most the placement engine's candidate limit of offers
    return page.slice(demands.offers(scope(caller), demandId));
  }

  @PostMapping("/{demandId}/offers/{poolId}/confirm")
  Demand confirm(@PathVariable String demandId, @PathVariable String poolId, Caller caller) {
    return demands.confirm(scope(caller), demandId, poolId);
  }

  /** Whose demands the caller may reach: its own, or for an operator everyone's ({@code null}). */
  private static String scope(Caller caller) {
    return caller.ownerFilter(null);
  }

  /**
   * A demand with the statuses it went through and its order, once there is one.
   *
   * @param statusHistory every status, oldest first
   * @param orderId the order created from it, {@code null} before
   */
  record DemandDetail(Demand demand, List<DemandStatus> statusHistory, String orderId) {
  }
}
