package io.computility.hub.portal.catalogue;

import io.computility.hub.camel.resource.ListedProduct;
import io.computility.hub.camel.resource.ProductCatalogue;
import io.computility.hub.camel.resource.RegionCode;
import io.computility.hub.camel.resource.ResourceKind;
import io.computility.hub.portal.Paged;
import io.computility.hub.portal.web.PageQuery;
import io.computility.hub.portal.web.PortalProblem;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue (O-8.2): products on sale, filtered by kind, region, provider, unit-hour price and text, e.g.
 * {@code GET /api/v1/catalogue?kind=INTELLIGENT&region=44&maxPriceFen=3000&q=A100&page=0&size=20}. Any signed-in
 * caller may browse it.
 */
@RestController
@RequestMapping("/api/v1/catalogue")
class CatalogueController {

  private static final Pattern REGION_PREFIX = Pattern.compile("[1-9]\\d{1,5}");
  private static final int MAX_TEXT = 100;

  private final ProductCatalogue catalogue;

  CatalogueController(ProductCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  Paged<ListedProduct> browse(@RequestParam(required = false) ResourceKind kind,
      @RequestParam(required = false) String region, @RequestParam(required = false) String provider,
      @RequestParam(required = false) Long minPriceFen, @RequestParam(required = false) Long maxPriceFen,
      @RequestParam(required = false) String q, PageQuery page) {
    ListedProduct.Filter filter = new ListedProduct.Filter(kind, regionPrefix(region), blankToNull(provider),
        price("minPriceFen", minPriceFen), price("maxPriceFen", maxPriceFen), text(q));
    if (minPriceFen != null && maxPriceFen != null && minPriceFen > maxPriceFen) {
      throw new PortalProblem.InvalidParameter("maxPriceFen", maxPriceFen.toString(),
          "must not be below minPriceFen (" + minPriceFen + ")");
    }
    return page.paged(catalogue.find(filter, page.offset(), page.size()), catalogue.count(filter));
  }

  /** A GB/T 2260 code or its leading digits; a full code stands for its significant digits (440300 → 4403). */
  private static String regionPrefix(String region) {
    if (region == null || region.isBlank()) {
      return null;
    }
    if (!REGION_PREFIX.matcher(region).matches()) {
      throw new PortalProblem.InvalidParameter("region", region,
          "must be a GB/T 2260 region code or its leading digits, e.g. 44 or 440300");
    }
    return RegionCode.isValid(region) ? RegionCode.of(region).prefix() : region;
  }

  private static Long price(String field, Long fen) {
    if (fen != null && fen < 0) {
      throw new PortalProblem.InvalidParameter(field, fen.toString(), "must not be negative");
    }
    return fen;
  }

  private static String text(String q) {
    if (q != null && q.length() > MAX_TEXT) {
      throw new PortalProblem.InvalidParameter("q", q.substring(0, 20) + "…",
          "must be at most " + MAX_TEXT + " characters long");
    }
    return blankToNull(q);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
