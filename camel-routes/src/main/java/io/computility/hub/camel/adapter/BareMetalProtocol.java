package io.computility.hub.camel.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.computility.hub.camel.resource.PoolSnapshot;
import io.computility.hub.camel.resource.ProviderKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A bare-metal inventory/IPMI-style API (R-6.2 b): nodes listed page by page, one pool per node model. A pool's id is
 * the model's short id ({@code model_id}) where the provider gives one, else a slug of the model; allocations name
 * the model itself.
 *
 * <pre>
 * GET    /api/v1/inventory/nodes?page=1&amp;per_page=50 → {"nodes":[{id, model[, model_id], kind, zone, state,
 *                                                       price_fen_per_hour, currency}], "page": 1, "pages": 3}
 * POST   /api/v1/allocations {model, count, order_ref} → {"allocation_id", "nodes":[…], "power":"on"[, "state"]}
 * GET    /api/v1/allocations/{id} → {"allocation_id", "state", "error"}   state deploying, active or failed
 * DELETE /api/v1/allocations/{id}
 * GET    /api/v1/allocations/{id}/metering → {"node_hours": n, "energy_kwh": n[, "transferred_gb": n]}
 * </pre>
 *
 * <p>A provisioning answer without a {@code state} is an allocation already powered on (older inventory APIs
 * answer only once the nodes are up): active at once.
 */
@Component
class BareMetalProtocol implements ProviderProtocol {

  private static final String NODES = "/api/v1/inventory/nodes";

  @Override
  public ProviderKind kind() {
    return ProviderKind.BARE_METAL;
  }

  @Override
  public String tokenHeader() {
    return "Authorization";
  }

  @Override
  public HttpCall firstInventoryPage(int pageSize) {
    return HttpCall.get(NODES, "page=1&per_page=" + pageSize);
  }

  @Override
  public InventoryPage readInventory(JsonNode body, HttpCall current, String providerRegion) {
    List<PoolSnapshot> nodes = new ArrayList<>();
    for (JsonNode node : Json.array(body, "nodes")) {
      String model = Json.text(node, "model");
      String poolId = Json.textOr(node, "model_id", Slug.of(model));
      boolean free = "available".equals(Json.text(node, "state"));
      nodes.add(new PoolSnapshot(poolId, Json.kind(node, "kind"), Json.textOr(node, "zone", null), model, 1,
          free ? 1 : 0, Json.whole(node, "price_fen_per_hour"), Json.text(node, "currency")));
    }
    int page = Json.integer(body, "page");
    int pages = Json.integer(body, "pages");
    String perPage = current.query().replaceAll(".*per_page=", "");
    return InventoryPage.of(nodes, page < pages ? HttpCall.get(NODES, "page=" + (page + 1) + "&per_page=" + perPage)
        : null);
  }

  @Override
  public List<PoolSnapshot> combine(List<PoolSnapshot> nodes) {
    Map<String, PoolSnapshot> byModel = new LinkedHashMap<>();
    for (PoolSnapshot node : nodes) {
      byModel.merge(node.externalId(), node, (a, b) -> new PoolSnapshot(a.externalId(), a.kind(), a.zone(), a.spec(),
          a.totalUnits() + b.totalUnits(), a.remainingUnits() + b.remainingUnits(),
          Math.min(a.priceFenPerUnitHour(), b.priceFenPerUnitHour()), a.currency()));
    }
    return List.copyOf(byModel.values());
  }

  @Override
  public List<HttpCall> provision(ProvisionRequest request, String poolSpec) {
    if (poolSpec == null) {
      throw new IllegalArgumentException("Pool " + request.poolExternalId() + " of provider " + request.providerId()
          + " was never synchronised; its model is unknown");
    }
    return List.of(HttpCall.post("/api/v1/allocations", Map.of("model", poolSpec,
        "count", request.units(), "order_ref", request.orderRef())));
  }

  @Override
  public String allocationId(JsonNode lastBody, ProvisionRequest request) {
    return Json.text(lastBody, "allocation_id");
  }

  @Override
  public ProviderReport provisioned(JsonNode lastBody) {
    return lastBody.hasNonNull("state") ? readStatus(lastBody) : ProviderReport.active();
  }

  @Override
  public HttpCall status(String externalId) {
    return HttpCall.get("/api/v1/allocations/" + externalId, null);
  }

  @Override
  public ProviderReport readStatus(JsonNode body) {
    String state = Json.text(body, "state");
    return switch (state) {
      case "active" -> ProviderReport.active();
      case "failed" -> ProviderReport.failed("failed: " + Json.textOr(body, "error", "no reason given"));
      case "deploying", "powering_on" -> ProviderReport.pending(state);
      default -> throw new MalformedResponseException("Unknown allocation state '" + state + "'", null);
    };
  }

  @Override
  public HttpCall release(String externalId, String poolExternalId) {
    return HttpCall.delete("/api/v1/allocations/" + externalId);
  }

  @Override
  public HttpCall usage(String externalId) {
    return HttpCall.get("/api/v1/allocations/" + externalId + "/metering", null);
  }

  @Override
  public BigDecimal unitHours(JsonNode body) {
    return Json.decimal(body, "node_hours");
  }

  @Override
  public BigDecimal transferredGb(JsonNode body) {
    return Json.decimalOr(body, "transferred_gb");
  }
}
