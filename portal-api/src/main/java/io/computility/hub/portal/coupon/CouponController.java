package io.computility.hub.portal.coupon;

import io.computility.hub.workers.billing.coupon.Coupon;
import io.computility.hub.workers.billing.coupon.Coupons;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coupons (O-8.4 b) over HTTP.
 *
 * <ul>
 *   <li>{@code GET /api/v1/coupons/mine}: the caller's claimed coupons, used or not.</li>
 *   <li>{@code POST /api/v1/coupons/claims} {@code {"code": …}}: claim a coupon by its code (201).</li>
 *   <li>OPERATOR: {@code POST /api/v1/coupons} issue (201), {@code GET /api/v1/coupons?page=&size=} every coupon,
 *       {@code GET /api/v1/coupons/{code}}, {@code POST /api/v1/coupons/{code}/revoke}.</li>
 * </ul>
 * Refusals are problem+json naming the field ({@code code} for claims): 400 invalid, 403 not an operator,
 * 404 unknown code, 409 code taken, expired, revoked, fully redeemed or the per-user limit reached.
 */
@RestController
@RequestMapping("/api/v1/coupons")
class CouponController {

  private static final String OPERATOR = "ROLE_OPERATOR";

  private final Coupons coupons;

  CouponController(Coupons coupons) {
    this.coupons = coupons;
  }

  @PostMapping
  ResponseEntity<Coupon> issue(@RequestBody CouponRequest request, Authentication caller) {
    requireOperator(caller, "issue");
    Coupon coupon = coupons.issue(request.coupon(), caller.getName());
    return ResponseEntity.created(URI.create("/api/v1/coupons/" + coupon.code())).body(coupon);
  }

  @GetMapping
  List<Coupon> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
      Authentication caller) {
    requireOperator(caller, "list all");
    return coupons.list(page, size);
  }

  @GetMapping("/{code}")
  Coupon one(@PathVariable String code, Authentication caller) {
    requireOperator(caller, "inspect");
    return coupons.byCode(code);
  }

  @PostMapping("/{code}/revoke")
  Coupon revoke(@PathVariable String code, Authentication caller) {
    requireOperator(caller, "revoke");
    return coupons.revoke(code);
  }

  @GetMapping("/mine")
  List<ClaimView> mine(Authentication caller) {
    return coupons.claimsOf(caller.getName()).stream().map(ClaimView::of).toList();
  }

  @PostMapping("/claims")
  @ResponseStatus(HttpStatus.CREATED)
  ClaimView claim(@RequestBody ClaimRequest request, Authentication caller) {
    return ClaimView.of(coupons.claim(request.code(), caller.getName()));
  }

  private static void requireOperator(Authentication caller, String action) {
    boolean operator = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(OPERATOR::equals);
    if (!operator) {
      throw new CouponApiProblem.OperatorOnly(action);
    }
  }
}
