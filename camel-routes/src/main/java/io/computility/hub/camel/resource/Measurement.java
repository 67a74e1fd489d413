package io.computility.hub.camel.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Unified measurement (R-6.5 a): turns vendor specs into {@link UnifiedCapacity} through the {@link ConversionTable}
 * and classifies pools into admission classes (R-6.5 b). Pure logic; unknown hardware is rejected, never guessed.
 */
public class Measurement {

  private static final Set<String> ACCELERATORS = Set.of("GPU", "NPU", "DCU", "MLU", "XPU", "TPU");

  private final ConversionTable table;
  private final Map<String, ConversionTable.Unit> byName = new HashMap<>();

  public Measurement(ConversionTable table) {
    this.table = table;
    for (ConversionTable.Unit unit : table.units()) {
      register(unit.model(), unit);
      unit.aliases().forEach(alias -> register(alias, unit));
    }
  }

  private void register(String name, ConversionTable.Unit unit) {
    ConversionTable.Unit previous = byName.put(normalise(name), unit);
    if (previous != null && previous != unit) {
      throw new IllegalStateException("Conversion table names '" + name + "' twice");
    }
  }

  /** The unified figures of a whole spec, e.g. {@code "8 × A800-80G"}; throws {@link UnknownSpecException}. */
  public UnifiedCapacity measure(String spec) {
    UnifiedCapacity total = UnifiedCapacity.ZERO;
    for (SpecParser.Component component : SpecParser.parse(spec)) {
      ConversionTable.Unit unit = byName.get(normalise(component.model()));
      if (unit == null) {
        throw new UnknownSpecException(spec, component.model());
      }
      total = total.plus(unit.capacity().times(component.count()));
    }
    return total;
  }

  /**
   * How many accelerators (GPU, NPU, DCU, MLU, XPU cards) one unit of the spec holds, e.g. 8 for
   * {@code "8 × A800-80G + 2 × Xeon 8480+"}; throws {@link UnknownSpecException}.
   */
  public int accelerators(String spec) {
    int cards = 0;
    for (SpecParser.Component component : SpecParser.parse(spec)) {
      ConversionTable.Unit unit = byName.get(normalise(component.model()));
      if (unit == null) {
        throw new UnknownSpecException(spec, component.model());
      }
      if (ACCELERATORS.contains(unit.category())) {
        cards += component.count();
      }
    }
    return cards;
  }

  /** Whether every component of the spec is in the table. */
  public boolean knows(String spec) {
    try {
      measure(spec);
      return true;
    } catch (UnknownSpecException e) {
      return false;
    }
  }

  /**
   * The admission class of a pool of {@code kind} with the given total capacity: the first class of that kind whose
   * minimums it meets, or a refusal when it meets none.
   */
  public Classification classify(ResourceKind kind, UnifiedCapacity total) {
    List<ConversionTable.AdmissionClass> candidates = table.classes().stream()
        .filter(admissionClass -> admissionClass.kind() == kind).toList();
    return candidates.stream().filter(admissionClass -> admissionClass.admits(total)).findFirst()
        .map(admissionClass -> new Classification(kind, admissionClass.name(), admissionClass.connection()))
        .orElseGet(() -> Classification.refused(kind));
  }

  private static String normalise(String name) {
    return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
