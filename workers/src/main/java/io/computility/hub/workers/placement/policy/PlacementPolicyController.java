package io.computility.hub.workers.placement.policy;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** CRUD of placement policies for operators (S-7.3 b); access control is configured centrally in hub-server. */
@RestController
@RequestMapping("/api/v1/scheduling/policies")
class PlacementPolicyController {

  private final PlacementPolicies policies;

  PlacementPolicyController(PlacementPolicies policies) {
    this.policies = policies;
  }

  @GetMapping
  List<PolicyView> list() {
    return policies.list();
  }

  @PostMapping
  ResponseEntity<PolicyView> create(@Valid @RequestBody PolicyDefinition definition, Principal principal) {
    PolicyView created = policies.create(definition, actor(principal));
    return ResponseEntity.created(URI.create("/api/v1/scheduling/policies/" + created.name())).body(created);
  }

  @GetMapping("/{name}")
  PolicyView get(@PathVariable String name) {
    return policies.get(name);
  }

  @PutMapping("/{name}")
  PolicyView update(@PathVariable String name, @Valid @RequestBody PolicyDefinition definition,
      Principal principal) {
    return policies.update(name, definition, actor(principal));
  }

  @DeleteMapping("/{name}")
  ResponseEntity<Void> delete(@PathVariable String name, Principal principal) {
    policies.delete(name, actor(principal));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{name}/versions")
  List<PolicyView> history(@PathVariable String name) {
    return policies.history(name);
  }

  @GetMapping("/{name}/versions/{version}")
  PolicyView version(@PathVariable String name, @PathVariable int version) {
    return policies.version(name, version);
  }

  private static String actor(Principal principal) {
    return principal == null ? null : principal.getName();
  }
}
