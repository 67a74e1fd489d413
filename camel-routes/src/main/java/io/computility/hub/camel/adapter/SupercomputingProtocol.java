package io.computility.hub.camel.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.computility.hub.camel.resource.PoolSnapshot;
import io.computility.hub.camel.resource.ProviderKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A Slurm-REST-like scheduler proxy (R-6.2 d): partitions are pools of nodes; an allocation is a job holding nodes.
 *
 * <pre>
 * GET    /slurm/v0.0.40/partitions → {"partitions":[{name, node_spec, kind, zone, nodes:{total, idle},
 *                                     price_fen_per_node_hour, currency}]}
 * POST   /slurm/v0.0.40/job/submit {"job":{name, partition, nodes, script}} → {"job_id": n}
 * DELETE /slurm/v0.0.40/job/{id}
 * GET    /slurm/v0.0.40/job/{id} → {"jobs":[{job_id, job_state, state_reason, node_count, time:{elapsed}}]}
 * </pre>
 *
 * <p>A submitted job is queued (PENDING) until Slurm starts it; RUNNING is active; a job that ended in any other way
 * (FAILED, CANCELLED, TIMEOUT, NODE_FAIL, BOOT_FAIL, OUT_OF_MEMORY, DEADLINE, PREEMPTED) failed. Slurm does not
 * report transferred data.
 */
@Component
class SupercomputingProtocol implements ProviderProtocol {

  private static final String API = "/slurm/v0.0.40";
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  @Override
  public ProviderKind kind() {
    return ProviderKind.SUPERCOMPUTING;
  }

  @Override
  public String tokenHeader() {
    return "X-SLURM-USER-TOKEN";
  }

  @Override
  public HttpCall firstInventoryPage(int pageSize) {
    return HttpCall.get(API + "/partitions", null);
  }

  @Override
  public InventoryPage readInventory(JsonNode body, HttpCall current, String providerRegion) {
    List<PoolSnapshot> pools = new ArrayList<>();
    for (JsonNode partition : Json.array(body, "partitions")) {
      JsonNode nodes = Json.node(partition, "nodes");
      pools.add(new PoolSnapshot(Json.text(partition, "name"), Json.kind(partition, "kind"),
          Json.textOr(partition, "zone", null), Json.text(partition, "node_spec"), Json.integer(nodes, "total"),
          Json.integer(nodes, "idle"), Json.whole(partition, "price_fen_per_node_hour"),
          Json.text(partition, "currency")));
    }
    return InventoryPage.of(pools, null);
  }

  @Override
  public List<HttpCall> provision(ProvisionRequest request, String poolSpec) {
    return List.of(HttpCall.post(API + "/job/submit", Map.of("job", Map.of("name", request.orderRef(),
        "partition", request.poolExternalId(), "nodes", request.units(), "script", "#!/bin/bash\nsleep infinity"))));
  }

  @Override
  public String allocationId(JsonNode lastBody, ProvisionRequest request) {
    return Json.text(lastBody, "job_id");
  }

  @Override
  public ProviderReport provisioned(JsonNode lastBody) {
    return ProviderReport.pending("PENDING");
  }

  @Override
  public HttpCall status(String externalId) {
    return HttpCall.get(API + "/job/" + externalId, null);
  }

  @Override
  public ProviderReport readStatus(JsonNode body) {
    JsonNode job = Json.array(body, "jobs").path(0);
    String state = Json.text(job, "job_state");
    String reason = Json.textOr(job, "state_reason", "None");
    String detail = "None".equals(reason) ? state : state + " (" + reason + ")";
    return switch (state) {
      case "RUNNING", "COMPLETING" -> ProviderReport.active();
      case "PENDING", "CONFIGURING", "REQUEUED", "RESIZING" -> ProviderReport.pending(detail);
      case "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "BOOT_FAIL", "OUT_OF_MEMORY", "DEADLINE", "PREEMPTED",
          "COMPLETED" -> ProviderReport.failed(detail);
      default -> throw new MalformedResponseException("Unknown job state '" + state + "'", null);
    };
  }

  @Override
  public HttpCall release(String externalId, String poolExternalId) {
    return HttpCall.delete(API + "/job/" + externalId);
  }

  @Override
  public HttpCall usage(String externalId) {
    return HttpCall.get(API + "/job/" + externalId, null);
  }

  @Override
  public BigDecimal unitHours(JsonNode body) {
    JsonNode job = Json.array(body, "jobs").path(0);
    BigDecimal elapsed = Json.decimal(Json.node(job, "time"), "elapsed");
    return elapsed.multiply(BigDecimal.valueOf(Json.integer(job, "node_count")))
        .divide(SECONDS_PER_HOUR, 4, RoundingMode.HALF_UP);
  }

  @Override
  public BigDecimal transferredGb(JsonNode body) {
    return null;
  }
}
