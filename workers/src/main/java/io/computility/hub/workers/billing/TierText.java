package io.computility.hub.workers.billing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Tiers as stored: "upTo:fen" comma-separated, the last with an empty bound ("100:2000,:1800"). */
final class TierText {

  private TierText() {
  }

  static String format(List<Tier> tiers) {
    return tiers.stream()
        .map(tier -> (tier.upTo() == null ? "" : tier.upTo().toPlainString()) + ":" + tier.fenPerUnit())
        .collect(Collectors.joining(","));
  }

  static List<Tier> parse(String text) {
    return Arrays.stream(text.split(",")).map(part -> {
      int colon = part.indexOf(':');
      String bound = part.substring(0, colon);
      return new Tier(bound.isEmpty() ? null : new BigDecimal(bound), Long.parseLong(part.substring(colon + 1)));
    }).toList();
  }
}
