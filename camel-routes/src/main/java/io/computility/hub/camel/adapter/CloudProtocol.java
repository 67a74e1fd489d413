package io.computility.hub.camel.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.computility.hub.camel.resource.PoolSnapshot;
import io.computility.hub.camel.resource.ProviderKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An OpenStack-like compute API (R-6.2 a): flavors are pools, paged by {@code marker}; servers are allocations.
 *
 * <pre>
 * GET    /v2.1/flavors/detail?limit=50[&amp;marker=id] → {"flavors":[{id, spec, resource_kind, zone, total, available,
 *                                                      price:{fen_per_hour, currency}}], "flavors_links":[{rel:"next"}]}
 * POST   /v2.1/servers {"server":{name, flavorRef, min_count}} → {"server":{id, status}}
 * GET    /v2.1/servers/{id} → {"server":{id, status, fault:{message}}}   status BUILD, ACTIVE or ERROR
 * DELETE /v2.1/servers/{id}
 * GET    /v2.1/servers/{id}/usage → {"usage":{"unit_hours": n[, "transferred_gb": n]}}
 * </pre>
 */
@Component
class CloudProtocol implements ProviderProtocol {

  private static final String FLAVORS = "/v2.1/flavors/detail";

  @Override
  public ProviderKind kind() {
    return ProviderKind.CLOUD;
  }

  @Override
  public String tokenHeader() {
    return "X-Auth-Token";
  }

  @Override
  public HttpCall firstInventoryPage(int pageSize) {
    return HttpCall.get(FLAVORS, "limit=" + pageSize);
  }

  @Override
  public InventoryPage readInventory(JsonNode body, HttpCall current, String providerRegion) {
    List<PoolSnapshot> pools = new ArrayList<>();
    String lastId = null;
    for (JsonNode flavor : Json.array(body, "flavors")) {
      JsonNode price = Json.node(flavor, "price");
      lastId = Json.text(flavor, "id");
      pools.add(new PoolSnapshot(lastId, Json.kind(flavor, "resource_kind"), Json.textOr(flavor, "zone", null),
          Json.text(flavor, "spec"), Json.integer(flavor, "total"), Json.integer(flavor, "available"),
          Json.whole(price, "fen_per_hour"), Json.text(price, "currency")));
    }
    boolean more = false;
    JsonNode links = body.get("flavors_links");
    if (links != null && links.isArray()) {
      for (JsonNode link : links) {
        more |= "next".equals(Json.textOr(link, "rel", ""));
      }
    }
    String limit = current.query().replaceAll("&marker=.*", "");
    return InventoryPage.of(pools, more && lastId != null ? HttpCall.get(FLAVORS, limit + "&marker=" + lastId) : null);
  }

  @Override
  public List<HttpCall> provision(ProvisionRequest request, String poolSpec) {
    return List.of(HttpCall.post("/v2.1/servers", Map.of("server", Map.of("name", request.orderRef(),
        "flavorRef", request.poolExternalId(), "min_count", request.units()))));
  }

  @Override
  public String allocationId(JsonNode lastBody, ProvisionRequest request) {
    return Json.text(Json.node(lastBody, "server"), "id");
  }

  @Override
  public ProviderReport provisioned(JsonNode lastBody) {
    return readStatus(lastBody);
  }

  @Override
  public HttpCall status(String externalId) {
    return HttpCall.get("/v2.1/servers/" + externalId, null);
  }

  /** Nova's statuses: BUILD (and its kin while the server is set up), ACTIVE, ERROR. */
  @Override
  public ProviderReport readStatus(JsonNode body) {
    JsonNode server = Json.node(body, "server");
    String status = Json.text(server, "status");
    return switch (status) {
      case "ACTIVE" -> ProviderReport.active();
      case "ERROR" -> {
        JsonNode fault = server.get("fault");
        String message = fault == null ? null : Json.textOr(fault, "message", null);
        yield ProviderReport.failed(message == null ? "ERROR" : "ERROR: " + message);
      }
      case "BUILD", "REBUILD", "HARD_REBOOT", "REBOOT", "RESIZE", "VERIFY_RESIZE" -> ProviderReport.pending(status);
      default -> throw new MalformedResponseException("Unknown server status '" + status + "'", null);
    };
  }

  @Override
  public HttpCall release(String externalId, String poolExternalId) {
    return HttpCall.delete("/v2.1/servers/" + externalId);
  }

  @Override
  public HttpCall usage(String externalId) {
    return HttpCall.get("/v2.1/servers/" + externalId + "/usage", null);
  }

  @Override
  public BigDecimal unitHours(JsonNode body) {
    return Json.decimal(Json.node(body, "usage"), "unit_hours");
  }

  @Override
  public BigDecimal transferredGb(JsonNode body) {
    return Json.decimalOr(Json.node(body, "usage"), "transferred_gb");
  }
}
