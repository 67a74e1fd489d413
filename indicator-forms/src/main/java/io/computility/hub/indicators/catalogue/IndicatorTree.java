package io.computility.hub.indicators.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The indicators as a tree: level one at the roots, each node with its children in their sort order. */
public final class IndicatorTree {

  private final Map<String, Indicator> byCode = new LinkedHashMap<>();
  private final List<Node> roots;

  /** A node of the tree. */
  public record Node(Indicator indicator, List<Node> children) {
  }

  public IndicatorTree(List<Indicator> indicators) {
    indicators.forEach(indicator -> byCode.put(indicator.code(), indicator));
    roots = childrenOf(null);
  }

  public List<Node> roots() {
    return roots;
  }

  public Optional<Indicator> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The indicator and all below it, depth first. */
  public List<Indicator> subtree(String code) {
    List<Indicator> result = new ArrayList<>();
    find(code).ifPresent(indicator -> collect(indicator, result));
    return result;
  }

  /** The indicators at a level, in tree order. */
  public List<Indicator> atLevel(int level) {
    List<Indicator> all = new ArrayList<>();
    roots.forEach(root -> collect(root.indicator(), all));
    return all.stream().filter(indicator -> indicator.levelNo() == level).toList();
  }

  /** The level-one ancestor of an indicator (itself on level one). */
  public Optional<Indicator> category(String code) {
    Indicator indicator = byCode.get(code);
    while (indicator != null && indicator.parentCode() != null) {
      indicator = byCode.get(indicator.parentCode());
    }
    return Optional.ofNullable(indicator);
  }

  private void collect(Indicator indicator, List<Indicator> into) {
    into.add(indicator);
    childrenOf(indicator.code()).forEach(child -> collect(child.indicator(), into));
  }

  private List<Node> childrenOf(String parentCode) {
    return byCode.values().stream()
        .filter(indicator -> Objects.equals(indicator.parentCode(), parentCode))
        .sorted(Comparator.comparingInt(Indicator::sortOrder).thenComparing(Indicator::code))
        .map(indicator -> new Node(indicator, childrenOf(indicator.code())))
        .toList();
  }
}
