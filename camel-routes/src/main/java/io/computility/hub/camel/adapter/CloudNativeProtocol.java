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
 * A Kubernetes-like API (R-6.2 c): nodes with capacity and allocatable extended resources, paged by
 * {@code continue}; an allocation is a namespace plus a resource quota. Node labels carry the unit spec
 * ({@code computility.hub/spec}), the extended resource that counts units ({@code computility.hub/unit-resource}),
 * the kind and the price.
 *
 * <pre>
 * GET    /api/v1/nodes?limit=50[&amp;continue=t] → {"items":[{metadata:{name, labels}, status:{capacity, allocatable}}],
 *                                                "metadata":{"continue": t}}
 * POST   /api/v1/namespaces {metadata:{name, labels}}
 * POST   /api/v1/namespaces/{ns}/resourcequotas {metadata:{name}, spec:{hard:{resource: units}}}
 * GET    /api/v1/namespaces/{ns} → {metadata:{name}, status:{phase}}   phase Active or Terminating
 * DELETE /api/v1/namespaces/{ns}
 * GET    /apis/metrics.computility.hub/v1/namespaces/{ns}/usage → {"unitHours": n[, "transferredGb": n]}
 * </pre>
 *
 * <p>A namespace with its quota is usable as soon as the API server has accepted it: active at once.
 */
@Component
class CloudNativeProtocol implements ProviderProtocol {

  private static final String NODES = "/api/v1/nodes";
  private static final String LABEL = "computility.hub/";

  @Override
  public ProviderKind kind() {
    return ProviderKind.CLOUD_NATIVE;
  }

  @Override
  public String tokenHeader() {
    return "Authorization";
  }

  @Override
  public HttpCall firstInventoryPage(int pageSize) {
    return HttpCall.get(NODES, "limit=" + pageSize);
  }

  @Override
  public InventoryPage readInventory(JsonNode body, HttpCall current, String providerRegion) {
    List<PoolSnapshot> nodes = new ArrayList<>();
    for (JsonNode item : Json.array(body, "items")) {
      JsonNode labels = Json.node(Json.node(item, "metadata"), "labels");
      JsonNode status = Json.node(item, "status");
      String resource = Json.text(labels, LABEL + "unit-resource");
      String spec = Json.text(labels, LABEL + "spec");
      nodes.add(new PoolSnapshot(Slug.of(spec), Json.kind(labels, LABEL + "kind"),
          Json.textOr(labels, "topology.kubernetes.io/zone", null), spec,
          Json.integer(Json.node(status, "capacity"), resource), Json.integer(Json.node(status, "allocatable"), resource),
          Long.parseLong(Json.text(labels, LABEL + "price-fen-per-hour")), Json.text(labels, LABEL + "currency")));
    }
    String next = Json.textOr(Json.node(body, "metadata"), "continue", "");
    String limit = current.query().replaceAll("&continue=.*", "");
    return InventoryPage.of(nodes, next.isEmpty() ? null : HttpCall.get(NODES, limit + "&continue=" + next));
  }

  @Override
  public List<PoolSnapshot> combine(List<PoolSnapshot> nodes) {
    Map<String, PoolSnapshot> bySpec = new LinkedHashMap<>();
    for (PoolSnapshot node : nodes) {
      bySpec.merge(node.externalId(), node, (a, b) -> new PoolSnapshot(a.externalId(), a.kind(), a.zone(), a.spec(),
          a.totalUnits() + b.totalUnits(), a.remainingUnits() + b.remainingUnits(), a.priceFenPerUnitHour(),
          a.currency()));
    }
    return List.copyOf(bySpec.values());
  }

  @Override
  public List<HttpCall> provision(ProvisionRequest request, String poolSpec) {
    String namespace = namespace(request.orderRef());
    return List.of(
        HttpCall.post("/api/v1/namespaces", Map.of("metadata", Map.of("name", namespace,
            "labels", Map.of(LABEL + "order", request.orderRef())))),
        HttpCall.post("/api/v1/namespaces/" + namespace + "/resourcequotas", Map.of(
            "metadata", Map.of("name", "hub-quota"),
            "spec", Map.of("hard", Map.of(LABEL + "pool/" + request.poolExternalId(), request.units())))));
  }

  @Override
  public String allocationId(JsonNode lastBody, ProvisionRequest request) {
    return namespace(request.orderRef());
  }

  @Override
  public ProviderReport provisioned(JsonNode lastBody) {
    return ProviderReport.active();
  }

  @Override
  public HttpCall status(String externalId) {
    return HttpCall.get("/api/v1/namespaces/" + externalId, null);
  }

  @Override
  public ProviderReport readStatus(JsonNode body) {
    String phase = Json.text(Json.node(body, "status"), "phase");
    return "Active".equals(phase) ? ProviderReport.active()
        : ProviderReport.failed("namespace " + phase);
  }

  @Override
  public HttpCall release(String externalId, String poolExternalId) {
    return HttpCall.delete("/api/v1/namespaces/" + externalId);
  }

  @Override
  public HttpCall usage(String externalId) {
    return HttpCall.get("/apis/metrics.computility.hub/v1/namespaces/" + externalId + "/usage", null);
  }

  @Override
  public BigDecimal unitHours(JsonNode body) {
    return Json.decimal(body, "unitHours");
  }

  @Override
  public BigDecimal transferredGb(JsonNode body) {
    return Json.decimalOr(body, "transferredGb");
  }

  private static String namespace(String orderRef) {
    return Slug.of("hub-" + orderRef);
  }
}
