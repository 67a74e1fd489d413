package io.computility.hub.workers.placement.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.workers.evidence.BusinessEvidence;
import io.computility.hub.workers.placement.BusinessType;
import io.computility.hub.workers.placement.PlacementEngine;
import io.computility.hub.workers.placement.PlacementPolicy;
import io.computility.hub.workers.placement.PlacementPolicyResolver;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy management (S-7.3 b): create, read, update, delete versioned placement policies, and pick the policy
 * for a demand. Every change appends a version, so an order keeps pointing at the version that placed it.
 */
@Service
public class PlacementPolicies implements PlacementPolicyResolver {

  private final PlacementPolicyMapper mapper;
  private final PlacementEngine engine;
  private final ObjectMapper json;
  private final Clock clock;
  private final ObjectProvider<BusinessEvidence> evidence;

  PlacementPolicies(PlacementPolicyMapper mapper, PlacementEngine engine, ObjectMapper json,
      ObjectProvider<Clock> clock, ObjectProvider<BusinessEvidence> evidence) {
    this.mapper = mapper;
    this.engine = engine;
    this.json = json;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
    this.evidence = evidence;
  }

  /**
   * Creates version 1 (or the next version after a deletion). The name is the natural idempotency key: repeating
   * a create with the same content returns the stored version; other content under a taken name is a conflict.
   */
  @Transactional
  public PolicyView create(PolicyDefinition definition, String actor) {
    checkPlugins(definition);
    PolicyRow latest = mapper.latest(definition.name());
    if (latest != null && !latest.deleted()) {
      if (sameContent(latest, definition)) {
        return view(latest);
      }
      throw new PolicyProblem.Conflict(definition.name());
    }
    return write(definition.name(), latest == null ? 1 : latest.policyVersion() + 1, definition, false, actor);
  }

  /** Writes the next version of an existing policy; an update that changes nothing (a retry) writes none. */
  @Transactional
  public PolicyView update(String name, PolicyDefinition definition, String actor) {
    if (!name.equals(definition.name())) {
      throw new PolicyProblem.Invalid("name", definition.name());
    }
    checkPlugins(definition);
    PolicyRow latest = current(name);
    if (sameContent(latest, definition)) {
      return view(latest);
    }
    return write(name, latest.policyVersion() + 1, definition, false, actor);
  }

  /** Deletes a policy by appending a deleted version; earlier versions stay readable. */
  @Transactional
  public void delete(String name, String actor) {
    PolicyRow latest = current(name);
    insert(new PolicyRow(name, latest.policyVersion() + 1, latest.businessType(), latest.tenantId(),
        latest.definition(), true, now(), actor));
  }

  /** The current version. */
  public PolicyView get(String name) {
    return view(current(name));
  }

  /** A given version, deleted or not (what an order recorded). */
  public PolicyView version(String name, int version) {
    PolicyRow row = mapper.version(name, version);
    if (row == null) {
      throw new PolicyProblem.NotFound(name + " v" + version);
    }
    return view(row);
  }

  /** Every version of a policy, oldest first. */
  public List<PolicyView> history(String name) {
    List<PolicyView> versions = new ArrayList<>();
    for (PolicyRow row : mapper.history(name)) {
      versions.add(view(row));
    }
    if (versions.isEmpty()) {
      throw new PolicyProblem.NotFound(name);
    }
    return versions;
  }

  /** The current version of every policy not deleted. */
  public List<PolicyView> list() {
    List<PolicyView> policies = new ArrayList<>();
    for (PolicyRow row : mapper.latestOfAll()) {
      if (!row.deleted()) {
        policies.add(view(row));
      }
    }
    return policies;
  }

  /**
   * The policy for a demand: the tenant's own, else the business type's (without tenant), else the built-in
   * balanced policy. Several matches: the first by name, so the choice is stable.
   */
  @Override
  public PlacementPolicy resolve(String tenantId, BusinessType businessType) {
    PolicyView byType = null;
    for (PolicyView policy : list()) {
      if (tenantId != null && tenantId.equals(policy.tenantId())
          && (policy.businessType() == null || policy.businessType() == businessType)) {
        return policy.toPolicy();
      }
      if (byType == null && policy.tenantId() == null && businessType != null
          && policy.businessType() == businessType) {
        byType = policy;
      }
    }
    return byType != null ? byType.toPolicy() : PlacementPolicy.balanced();
  }

  private PolicyRow current(String name) {
    PolicyRow latest = mapper.latest(name);
    if (latest == null || latest.deleted()) {
      throw new PolicyProblem.NotFound(name);
    }
    return latest;
  }

  private void checkPlugins(PolicyDefinition definition) {
    List<String> filters = definition.filters() == null ? List.of() : definition.filters();
    for (int i = 0; i < filters.size(); i++) {
      if (!engine.filterNames().contains(filters.get(i))) {
        throw new PolicyProblem.Invalid("filters[" + i + "]", filters.get(i));
      }
    }
    for (String scorer : definition.weights().keySet()) {
      if (!engine.scorerNames().contains(scorer)) {
        throw new PolicyProblem.Invalid("weights[" + scorer + "]", scorer);
      }
    }
  }

  private boolean sameContent(PolicyRow row, PolicyDefinition definition) {
    PolicyView stored = view(row);
    PolicyDefinition.Body body = definition.body();
    return stored.businessType() == definition.businessType()
        && Objects.equals(stored.tenantId(), definition.tenantId())
        && stored.filters().equals(body.filters()) && stored.weights().equals(body.weights())
        && stored.parameters().equals(body.parameters()) && stored.autoSelect().equals(body.autoSelect());
  }

  private PolicyView write(String name, int version, PolicyDefinition definition, boolean deleted, String actor) {
    String body;
    try {
      body = json.writeValueAsString(definition.body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise policy " + name, e);
    }
    PolicyRow row = new PolicyRow(name, version,
        definition.businessType() == null ? null : definition.businessType().name(), definition.tenantId(), body,
        deleted, now(), actor);
    insert(row);
    return view(row);
  }

  private void insert(PolicyRow row) {
    try {
      mapper.insert(row);
    } catch (DuplicateKeyException concurrentChange) {
      throw new PolicyProblem.Conflict(row.policyName());
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("policy", row.policyName());
    facts.put("version", row.policyVersion());
    facts.put("deleted", row.deleted());
    facts.put("definition", row.definition());
    facts.put("changedAt", row.createdAt().toInstant(ZoneOffset.UTC));
    evidence.ifAvailable(ledger -> ledger.record("policy.changed", row.policyName() + "@v" + row.policyVersion(),
        row.createdBy(), facts));
  }

  private PolicyView view(PolicyRow row) {
    PolicyDefinition.Body body;
    try {
      body = json.readValue(row.definition(), PolicyDefinition.Body.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored policy " + row.policyName() + " is unreadable", e);
    }
    return new PolicyView(row.policyName(), row.policyVersion(),
        row.businessType() == null ? null : BusinessType.valueOf(row.businessType()), row.tenantId(),
        body.filters(), body.weights(), body.parameters(), body.autoSelect(), row.deleted(), row.createdAt(),
        row.createdBy());
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
