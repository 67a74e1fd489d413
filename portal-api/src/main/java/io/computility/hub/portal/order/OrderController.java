package io.computility.hub.portal.order;

import io.computility.hub.portal.Paged;
import io.computility.hub.portal.web.Caller;
import io.computility.hub.portal.web.PageQuery;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders (O-8.3) over {@link Orders}: list, detail with the order process's current step and step history, and
 * release. A consumer sees and releases its own orders only (others' ids answer 404); an OPERATOR sees everyone's
 * and may narrow a list with {@code ?consumer=}.
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

  private final Orders orders;

  OrderController(Orders orders) {
    this.orders = orders;
  }

  @GetMapping
  Paged<Order> list(@RequestParam(required = false) OrderStatus status,
      @RequestParam(required = false) String consumer, PageQuery page, Caller caller) {
    return orders.list(caller.ownerFilter(consumer), status, page.page(), page.size());
  }

  @GetMapping("/{orderId}")
  OrderDetail detail(@PathVariable String orderId, Caller caller) {
    String consumer = caller.ownerFilter(null);
    return new OrderDetail(orders.find(consumer, orderId), orders.statusHistory(consumer, orderId),
        orders.steps(consumer, orderId));
  }

  /** Asks for the resources to be released; the process releases, bills and settles after this answers. */
  @PostMapping("/{orderId}/release")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Order release(@PathVariable String orderId, Caller caller) {
    return orders.release(caller.ownerFilter(null), orderId, caller.username());
  }

  /**
   * An order with its status history and the steps of its process.
   *
   * @param statusHistory every status, oldest first
   * @param steps the steps the process is at now and those it passed
   */
  record OrderDetail(Order order, List<OrderStatus> statusHistory, OrderSteps steps) {
  }
}
