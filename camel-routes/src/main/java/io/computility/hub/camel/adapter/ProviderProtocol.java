package io.computility.hub.camel.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.computility.hub.camel.resource.PoolSnapshot;
import io.computility.hub.camel.resource.ProviderKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * The HTTP dialect of one provider kind: which requests to send and how to map the answers to the unified model.
 * Implementations throw {@link MalformedResponseException} (through {@link Json}) on answers they cannot read.
 */
interface ProviderProtocol {

  /** The kind this dialect serves. */
  ProviderKind kind();

  /** The header that carries the provider's API token. */
  String tokenHeader();

  /** The first inventory request. */
  HttpCall firstInventoryPage(int pageSize);

  /** Reads one inventory response and says what to fetch next. */
  InventoryPage readInventory(JsonNode body, HttpCall current, String providerRegion);

  /** Combines the pages' partial pools into whole pools (by default: as reported). */
  default List<PoolSnapshot> combine(List<PoolSnapshot> pages) {
    return pages;
  }

  /**
   * The requests that allocate resources, sent in order.
   *
   * @param poolSpec the vendor spec of one unit of the pool, as last synchronised; {@code null} for a pool never
   *     synchronised
   */
  List<HttpCall> provision(ProvisionRequest request, String poolSpec);

  /** The provider's id of the allocation, from the last provisioning response. */
  String allocationId(JsonNode lastBody, ProvisionRequest request);

  /** The new allocation's state as the last provisioning response reports it. */
  ProviderReport provisioned(JsonNode lastBody);

  /** The request that asks for an allocation's state. */
  HttpCall status(String externalId);

  /** The allocation's state from the status response. */
  ProviderReport readStatus(JsonNode body);

  /** The request that reclaims an allocation. */
  HttpCall release(String externalId, String poolExternalId);

  /** The request that reads an allocation's usage. */
  HttpCall usage(String externalId);

  /** Unit-hours used, from the usage response. */
  BigDecimal unitHours(JsonNode body);

  /** Gigabytes carried, from the usage response; {@code null} when the provider does not report it. */
  BigDecimal transferredGb(JsonNode body);
}
