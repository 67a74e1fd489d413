package io.computility.hub.camel.topology;

import io.computility.hub.camel.resource.ResourceKind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The topology API (S-7.4): {@code GET /api/v1/topology?region=44&kind=INTELLIGENT&tag=energy:green} and the tag
 * query {@code GET /api/v1/topology/pools?tag=type:intelligent&tag=province:520000}. Read by OPERATOR and REGULATOR
 * tokens; access is enforced centrally by hub-server.
 */
@RestController
@RequestMapping("/api/v1/topology")
class TopologyController {

  private static final Pattern REGION_FILTER = Pattern.compile("[1-9]\\d{1,5}");

  private final TopologyService topology;

  TopologyController(TopologyService topology) {
    this.topology = topology;
  }

  @GetMapping
  Topology topology(@RequestParam(required = false) String region, @RequestParam(required = false) ResourceKind kind,
      @RequestParam(name = "tag", required = false) List<String> tags, Locale locale) {
    if (region != null && !REGION_FILTER.matcher(region).matches()) {
      throw new InvalidRegionFilterException(region);
    }
    return topology.topology(region, kind, tags == null ? List.of() : tags, locale);
  }

  @GetMapping("/pools")
  List<Topology.PoolNode> poolsTagged(@RequestParam(name = "tag") List<String> tags) {
    return topology.poolsTagged(tags);
  }
}
