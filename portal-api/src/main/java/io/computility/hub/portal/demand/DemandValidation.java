package io.computility.hub.portal.demand;

import io.computility.hub.workers.billing.Project;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks a draft passes before it is published; the first failure names its field. */
final class DemandValidation {

  /** The longest booking a demand may ask for. */
  static final long MAX_DURATION_MINUTES = Duration.ofDays(366).toMinutes();
  /** The most units one demand may ask for. */
  static final long MAX_QUANTITY = 100_000;
  /** How far in the past a wanted start may lie (clock skew between the consumer and the hub). */
  static final Duration START_TOLERANCE = Duration.ofMinutes(5);
  private static final Pattern REGION = Pattern.compile("\\d{6}");
  private static final int MAX_REGIONS = 34;

  private DemandValidation() {
  }

  static void check(DemandDraft draft, Instant now) {
    if (draft == null) {
      throw new DemandProblem.Invalid("$body", "missing", null, "The demand is missing");
    }
    if (draft.kind() == null) {
      throw missing("kind");
    }
    if (draft.paymentMode() == null) {
      throw missing("paymentMode");
    }
    if (draft.quantity() < 1 || draft.quantity() > MAX_QUANTITY) {
      throw new DemandProblem.Invalid("quantity", "range", draft.quantity(),
          "Field 'quantity' must be between 1 and " + MAX_QUANTITY);
    }
    if (draft.durationMinutes() < 1 || draft.durationMinutes() > MAX_DURATION_MINUTES) {
      throw new DemandProblem.Invalid("durationMinutes", "range", draft.durationMinutes(),
          "Field 'durationMinutes' must be between 1 and " + MAX_DURATION_MINUTES);
    }
    if (draft.start() != null && draft.start().isBefore(now.minus(START_TOLERANCE))) {
      throw new DemandProblem.Invalid("start", "past", draft.start(), "Field 'start' lies in the past");
    }
    regions("allowedRegions", draft.allowedRegions());
    regions("preferredRegions", draft.preferredRegions());
    if (draft.userRegion() != null && !REGION.matcher(draft.userRegion()).matches()) {
      throw region("userRegion", draft.userRegion());
    }
    if (draft.maxLatencyMillis() < 0) {
      throw negative("maxLatencyMillis", draft.maxLatencyMillis());
    }
    if (draft.maxLatencyMillis() > 0 && draft.userRegion() == null) {
      throw new DemandProblem.Invalid("userRegion", "needed", null,
          "Field 'userRegion' is required when 'maxLatencyMillis' is set");
    }
    if (draft.budgetFen() < 0) {
      throw negative("budgetFen", draft.budgetFen());
    }
    if (draft.project() != null) {
      project(draft.project());
    }
  }

  private static void project(Project project) {
    if (!Project.validCode(project.code())) {
      throw new DemandProblem.Invalid("project.code", "projectCode", project.code(),
          "Field 'project.code' must be 1 to " + Project.MAX_CODE_LENGTH
              + " letters, digits, '-', '_' or '.', starting with a letter or digit");
    }
    if (!Project.validName(project.name())) {
      throw new DemandProblem.Invalid("project.name", "projectName", project.name(),
          "Field 'project.name' must be 1 to " + Project.MAX_NAME_LENGTH + " characters without control characters");
    }
  }

  private static void regions(String field, Set<String> regions) {
    if (regions.size() > MAX_REGIONS) {
      throw new DemandProblem.Invalid(field, "tooMany", regions.size(),
          "Field '" + field + "' lists more than " + MAX_REGIONS + " regions");
    }
    for (String region : regions) {
      if (region == null || !REGION.matcher(region).matches()) {
        throw region(field, region);
      }
    }
  }

  private static DemandProblem.Invalid missing(String field) {
    return new DemandProblem.Invalid(field, "missing", null, "Field '" + field + "' is required");
  }

  private static DemandProblem.Invalid region(String field, String value) {
    return new DemandProblem.Invalid(field, "region", value,
        "Field '" + field + "' must hold six-digit GB/T 2260 region codes, not '" + value + "'");
  }

  private static DemandProblem.Invalid negative(String field, long value) {
    return new DemandProblem.Invalid(field, "negative", value, "Field '" + field + "' must not be negative");
  }
}
