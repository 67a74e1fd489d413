package io.computility.hub.camel.resource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates a pool's resource tags (S-7.4 b) by capability, location, type and energy, for placement policies:
 * {@code type:intelligent}, {@code region:440300}, {@code province:440000}, {@code capability:fp16},
 * {@code hardware:a800-80g}, {@code class:intelligent_cluster}, {@code energy:green}, {@code energy:low-pue}.
 */
final class PoolTags {

  private static final BigDecimal GREEN_SHARE = new BigDecimal("0.5");
  private static final BigDecimal LOW_PUE = new BigDecimal("1.25");

  private PoolTags() {
  }

  static List<String> of(ResourceKind kind, String regionCode, String spec, UnifiedCapacity unit,
      String admissionClass, Provider provider) {
    List<String> tags = new ArrayList<>();
    tags.add("type:" + lower(kind.name()));
    tags.add("region:" + regionCode);
    tags.add("province:" + RegionCode.of(regionCode).province());
    tags.add("provider-kind:" + lower(provider.kind().name()));
    addIfPositive(tags, "capability:fp64", unit.fp64Tflops());
    addIfPositive(tags, "capability:fp16", unit.fp16Tflops());
    addIfPositive(tags, "capability:int8", unit.int8Tops());
    addIfPositive(tags, "capability:cpu", unit.cpuCores());
    addIfPositive(tags, "capability:storage", unit.storageTb());
    addIfPositive(tags, "capability:network", unit.networkGbps());
    SpecParser.parse(spec).stream().map(component -> "hardware:" + lower(component.model().replace(' ', '-')))
        .distinct().forEach(tags::add);
    if (admissionClass != null) {
      tags.add("class:" + lower(admissionClass));
    }
    if (provider.greenPowerShare() != null && provider.greenPowerShare().compareTo(GREEN_SHARE) >= 0) {
      tags.add("energy:green");
    }
    if (provider.pue() != null && provider.pue().compareTo(LOW_PUE) <= 0) {
      tags.add("energy:low-pue");
    }
    return tags.stream().map(tag -> tag.length() > 120 ? tag.substring(0, 120) : tag).distinct().toList();
  }

  private static void addIfPositive(List<String> tags, String tag, BigDecimal value) {
    if (value.signum() > 0) {
      tags.add(tag);
    }
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
