package io.computility.hub.camel.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a vendor spec such as {@code "2 × Kunpeng 920 64-core + 8 × Ascend 910B"} into counted components. A
 * count is optional (default 1) and may be joined by {@code ×}, {@code x} or {@code *}; components are separated by
 * {@code " + "}, {@code ","} or {@code ";"} (a bare {@code +} stays part of the model, as in "Xeon 8480+").
 */
public final class SpecParser {

  private static final Pattern SEPARATOR = Pattern.compile("\\s+\\+\\s+|[,;]");
  private static final Pattern COUNTED = Pattern.compile("(\\d+)\\s*[×xX*]\\s*(\\S.*)");

  private SpecParser() {
  }

  /** One counted model in a spec. */
  public record Component(int count, String model) {
  }

  /** The spec's components; a blank spec, a zero count or an empty component is rejected. */
  public static List<Component> parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new UnknownSpecException(String.valueOf(spec), "");
    }
    List<Component> components = new ArrayList<>();
    for (String part : SEPARATOR.split(spec.trim())) {
      String text = part.trim();
      Matcher counted = COUNTED.matcher(text);
      int count = 1;
      if (counted.matches()) {
        count = parseCount(spec, counted.group(1));
        text = counted.group(2).trim();
      }
      if (text.isEmpty()) {
        throw new UnknownSpecException(spec, part);
      }
      components.add(new Component(count, text));
    }
    return components;
  }

  private static int parseCount(String spec, String digits) {
    try {
      int count = Integer.parseInt(digits);
      if (count > 0) {
        return count;
      }
    } catch (NumberFormatException tooLarge) {
      // reported below like a zero count
    }
    throw new UnknownSpecException(spec, digits);
  }
}
