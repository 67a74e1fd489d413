package io.computility.hub.camel.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.Measurement;
import io.computility.hub.camel.resource.PoolSnapshot;
import io.computility.hub.camel.resource.RegionLink;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work behind an adapter's routes, for one provider kind: building requests from its {@link ProviderProtocol},
 * reading answers, and storing what was learnt. The routes only sequence these steps.
 */
class AdapterSteps {

  static final String PROVIDER = "hubProviderId";
  static final String CALL = "hubCall";
  private static final String CALLS = "hubCalls";
  private static final String REQUEST = "hubRequest";
  private static final String POOLS = "hubPools";
  private static final String LINKS = "hubLinks";
  private static final Logger LOG = LoggerFactory.getLogger(AdapterSteps.class);

  private final ProviderProtocol protocol;
  private final ProviderDirectory directory;
  private final ResourceInventory inventory;
  private final Measurement measurement;
  private final ObjectMapper json;
  private final int pageSize;

  AdapterSteps(ProviderProtocol protocol, ProviderDirectory directory, ResourceInventory inventory,
      Measurement measurement, ObjectMapper json, int pageSize) {
    this.protocol = protocol;
    this.directory = directory;
    this.inventory = inventory;
    this.measurement = measurement;
    this.json = json;
    this.pageSize = pageSize;
  }

  /** Turns the pending {@link HttpCall} into the HTTP component's headers and body. */
  void prepareRequest(Exchange exchange) throws JsonProcessingException {
    HttpCall call = exchange.getProperty(CALL, HttpCall.class);
    Message message = exchange.getMessage();
    message.removeHeaders("*");
    message.setHeader(Exchange.HTTP_METHOD, call.method());
    message.setHeader(Exchange.HTTP_PATH, call.path());
    message.setHeader("Accept", "application/json");
    if (call.query() != null) {
      message.setHeader(Exchange.HTTP_QUERY, call.query());
    }
    directory.token(providerId(exchange))
        .ifPresent(token -> message.setHeader(protocol.tokenHeader(), "Authorization".equals(protocol.tokenHeader())
            ? "Bearer " + token : token));
    if (call.body() == null) {
      message.setBody(null);
    } else {
      message.setHeader(Exchange.CONTENT_TYPE, "application/json");
      message.setBody(json.writeValueAsString(call.body()));
    }
  }

  /** Parses the answer; an empty one (204) becomes JSON null. */
  void parseResponse(Exchange exchange) {
    String body = exchange.getMessage().getBody(String.class);
    try {
      JsonNode node = body == null || body.isBlank() ? NullNode.getInstance() : json.readTree(body);
      exchange.getMessage().setBody(node);
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException("Provider " + providerId(exchange) + " answered with malformed JSON", e);
    }
  }

  void startInventory(Exchange exchange) {
    exchange.setProperty(CALL, protocol.firstInventoryPage(pageSize));
    exchange.setProperty(POOLS, new ArrayList<PoolSnapshot>());
    exchange.setProperty(LINKS, new ArrayList<RegionLink>());
  }

  @SuppressWarnings("unchecked")
  void collectPage(Exchange exchange) {
    String providerId = providerId(exchange);
    String region = directory.remote(providerId).orElseThrow().region();
    InventoryPage page = protocol.readInventory(exchange.getMessage().getBody(JsonNode.class),
        exchange.getProperty(CALL, HttpCall.class), region);
    exchange.getProperty(POOLS, List.class).addAll(page.pools());
    exchange.getProperty(LINKS, List.class).addAll(page.links().stream().map(link -> new RegionLink(providerId,
        link.fromRegion(), link.toRegion(), link.latencyMs(), link.bandwidthGbps())).toList());
    exchange.setProperty(CALL, page.next());
  }

  /** Stores the collected inventory; pools whose spec the conversion table does not know are left out, loudly. */
  @SuppressWarnings("unchecked")
  void storeInventory(Exchange exchange) {
    String providerId = providerId(exchange);
    List<PoolSnapshot> pools = new ArrayList<>();
    List<PoolSnapshot> reported = exchange.getProperty(POOLS, List.class);
    for (PoolSnapshot pool : protocol.combine(reported)) {
      if (measurement.knows(pool.spec())) {
        pools.add(pool);
      } else {
        LOG.warn("Provider {} reports pool {} with unknown spec '{}'; not admitted until the conversion table "
            + "knows it", providerId, pool.externalId(), pool.spec());
      }
    }
    List<RegionLink> links = exchange.getProperty(LINKS, List.class);
    if (!links.isEmpty()) {
      inventory.recordLinks(providerId, links);
    }
    exchange.getMessage().setBody(inventory.record(providerId, pools));
  }

  /** Records a failed scheduled pull: unreachable (retries exhausted, circuit open) is down, nonsense degraded. */
  void markUnhealthy(Exchange exchange) {
    Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    boolean unreachable = !(failure instanceof MalformedResponseException);
    LOG.warn("Inventory pull from {} failed: {}", providerId(exchange), failure == null ? "?" : failure.toString());
    inventory.markHealth(providerId(exchange), unreachable ? Health.DOWN : Health.DEGRADED);
  }

  void startProvision(Exchange exchange) {
    ProvisionRequest request = exchange.getMessage().getBody(ProvisionRequest.class);
    exchange.setProperty(REQUEST, request);
    String poolSpec = inventory.pool(request.providerId() + ":" + request.poolExternalId()).map(ResourcePool::spec)
        .orElse(null);
    exchange.setProperty(CALLS, new ArrayDeque<>(protocol.provision(request, poolSpec)));
  }

  boolean hasNextCall(Exchange exchange) {
    return !exchange.getProperty(CALLS, Deque.class).isEmpty();
  }

  void nextCall(Exchange exchange) {
    exchange.setProperty(CALL, exchange.getProperty(CALLS, Deque.class).poll());
  }

  void readAllocation(Exchange exchange) {
    JsonNode body = exchange.getMessage().getBody(JsonNode.class);
    String externalId = protocol.allocationId(body, exchange.getProperty(REQUEST, ProvisionRequest.class));
    exchange.getMessage().setBody(new Provisioned(externalId, protocol.provisioned(body)));
  }

  void statusCall(Exchange exchange) {
    exchange.setProperty(CALL, protocol.status(exchange.getMessage().getBody(Allocation.class).externalId()));
  }

  void readStatus(Exchange exchange) {
    exchange.getMessage().setBody(protocol.readStatus(exchange.getMessage().getBody(JsonNode.class)));
  }

  void releaseCall(Exchange exchange) {
    Allocation allocation = exchange.getMessage().getBody(Allocation.class);
    String poolExternalId = allocation.poolId().substring(allocation.providerId().length() + 1);
    exchange.setProperty(CALL, protocol.release(allocation.externalId(), poolExternalId));
  }

  void usageCall(Exchange exchange) {
    exchange.setProperty(CALL, protocol.usage(exchange.getMessage().getBody(Allocation.class).externalId()));
  }

  void readUsage(Exchange exchange) {
    JsonNode body = exchange.getMessage().getBody(JsonNode.class);
    exchange.getMessage().setBody(new UsageFigures(protocol.unitHours(body), protocol.transferredGb(body)));
  }

  private static String providerId(Exchange exchange) {
    return exchange.getProperty(PROVIDER, String.class);
  }
}
