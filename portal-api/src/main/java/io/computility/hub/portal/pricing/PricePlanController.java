package io.computility.hub.portal.pricing;

import io.computility.hub.workers.billing.PricePlan;
import io.computility.hub.workers.billing.PricePlans;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Price plans over HTTP (S-7.5 b).
 *
 * <ul>
 *   <li>{@code GET /api/v1/price-plans?page=&size=}: the products' current plans.</li>
 *   <li>{@code GET /api/v1/price-plans/{productId}}: a product's current plan;
 *       {@code …/versions/{version}} one version (what a bill names).</li>
 *   <li>OPERATOR: {@code POST /api/v1/price-plans/{productId}/versions} publishes the next version (201). A price
 *       is never changed or deleted in place: a change is a new version, and orders keep the version they were sold
 *       under.</li>
 * </ul>
 * Refusals are problem+json naming the field: 400 invalid (e.g. {@code charges[0].tiers[1].upTo}), 403 not an
 * operator, 404 unknown product or version.
 */
@RestController
@RequestMapping("/api/v1/price-plans")
class PricePlanController {

  private static final String OPERATOR = "ROLE_OPERATOR";

  private final PricePlans plans;

  PricePlanController(PricePlans plans) {
    this.plans = plans;
  }

  @GetMapping
  List<PricePlan> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return plans.currentPlans(page, size);
  }

  @GetMapping("/{productId}")
  PricePlan current(@PathVariable String productId) {
    return plans.current(productId);
  }

  @GetMapping("/{productId}/versions/{version}")
  PricePlan version(@PathVariable String productId, @PathVariable int version) {
    return plans.version(productId, version);
  }

  @PostMapping("/{productId}/versions")
  ResponseEntity<PricePlan> publish(@PathVariable String productId, @RequestBody PricePlanRequest request,
      Authentication caller) {
    boolean operator = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(OPERATOR::equals);
    if (!operator) {
      throw new PricingApiProblem.OperatorOnly();
    }
    PricePlan plan = plans.publish(productId, request.toCharges(), request.toTerms());
    return ResponseEntity.created(URI.create("/api/v1/price-plans/" + productId + "/versions/" + plan.version()))
        .body(plan);
  }
}
