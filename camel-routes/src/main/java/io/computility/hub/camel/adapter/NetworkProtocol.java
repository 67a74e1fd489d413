package io.computility.hub.camel.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.computility.hub.camel.resource.PoolSnapshot;
import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.RegionLink;
import io.computility.hub.camel.resource.ResourceKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A carrier API (R-6.2 e): bandwidth offers paged by {@code offset}, then the latency matrix between regions;
 * an allocation is a connection of some circuits.
 *
 * <pre>
 * GET    /carrier/v1/offers?offset=0&amp;limit=50 → {"offers":[{id, a_end, z_end, spec, circuits_total, circuits_free,
 *                                                 price_fen_per_hour, currency}], "total": n}
 * GET    /carrier/v1/latency-matrix → {"matrix":[{a, z, rtt_ms, bandwidth_gbps}]}
 * POST   /carrier/v1/connections {offer_id, circuits, customer_ref} → {"connection_id", "state"}
 * GET    /carrier/v1/connections/{id} → {"connection_id", "state", "reason"}   state PROVISIONING, ACTIVE or FAILED
 * DELETE /carrier/v1/connections/{id}
 * GET    /carrier/v1/connections/{id}/usage → {"circuit_hours": n[, "transferred_gb": n]}
 * </pre>
 */
@Component
class NetworkProtocol implements ProviderProtocol {

  private static final String OFFERS = "/carrier/v1/offers";
  private static final String MATRIX = "/carrier/v1/latency-matrix";

  @Override
  public ProviderKind kind() {
    return ProviderKind.NETWORK;
  }

  @Override
  public String tokenHeader() {
    return "Authorization";
  }

  @Override
  public HttpCall firstInventoryPage(int pageSize) {
    return HttpCall.get(OFFERS, "offset=0&limit=" + pageSize);
  }

  @Override
  public InventoryPage readInventory(JsonNode body, HttpCall current, String providerRegion) {
    if (MATRIX.equals(current.path())) {
      List<RegionLink> links = new ArrayList<>();
      for (JsonNode entry : Json.array(body, "matrix")) {
        links.add(link(entry));
      }
      return new InventoryPage(List.of(), links, null);
    }
    List<PoolSnapshot> offers = new ArrayList<>();
    for (JsonNode offer : Json.array(body, "offers")) {
      offers.add(new PoolSnapshot(Json.text(offer, "id"), ResourceKind.NETWORK,
          Json.text(offer, "a_end") + "-" + Json.text(offer, "z_end"), Json.text(offer, "spec"),
          Json.integer(offer, "circuits_total"), Json.integer(offer, "circuits_free"),
          Json.whole(offer, "price_fen_per_hour"), Json.text(offer, "currency")));
    }
    int limit = Integer.parseInt(current.query().replaceAll(".*limit=", ""));
    int offset = Integer.parseInt(current.query().replaceAll("offset=(\\d+).*", "$1"));
    int next = offset + limit;
    HttpCall following = next < Json.integer(body, "total")
        ? HttpCall.get(OFFERS, "offset=" + next + "&limit=" + limit) : HttpCall.get(MATRIX, null);
    return InventoryPage.of(offers, following);
  }

  private static RegionLink link(JsonNode entry) {
    try {
      return new RegionLink(null, Json.text(entry, "a"), Json.text(entry, "z"), Json.decimal(entry, "rtt_ms"),
          Json.decimal(entry, "bandwidth_gbps"));
    } catch (IllegalArgumentException e) {
      throw new MalformedResponseException("Latency matrix names an invalid region", e);
    }
  }

  @Override
  public List<HttpCall> provision(ProvisionRequest request, String poolSpec) {
    return List.of(HttpCall.post("/carrier/v1/connections", Map.of("offer_id", request.poolExternalId(),
        "circuits", request.units(), "customer_ref", request.orderRef())));
  }

  @Override
  public String allocationId(JsonNode lastBody, ProvisionRequest request) {
    return Json.text(lastBody, "connection_id");
  }

  @Override
  public ProviderReport provisioned(JsonNode lastBody) {
    return readStatus(lastBody);
  }

  @Override
  public HttpCall status(String externalId) {
    return HttpCall.get("/carrier/v1/connections/" + externalId, null);
  }

  @Override
  public ProviderReport readStatus(JsonNode body) {
    String state = Json.text(body, "state");
    return switch (state) {
      case "ACTIVE" -> ProviderReport.active();
      case "FAILED" -> ProviderReport.failed("FAILED: " + Json.textOr(body, "reason", "no reason given"));
      case "PROVISIONING" -> ProviderReport.pending(state);
      default -> throw new MalformedResponseException("Unknown connection state '" + state + "'", null);
    };
  }

  @Override
  public HttpCall release(String externalId, String poolExternalId) {
    return HttpCall.delete("/carrier/v1/connections/" + externalId);
  }

  @Override
  public HttpCall usage(String externalId) {
    return HttpCall.get("/carrier/v1/connections/" + externalId + "/usage", null);
  }

  @Override
  public BigDecimal unitHours(JsonNode body) {
    return Json.decimal(body, "circuit_hours");
  }

  @Override
  public BigDecimal transferredGb(JsonNode body) {
    return Json.decimalOr(body, "transferred_gb");
  }
}
