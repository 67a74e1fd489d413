package io.computility.hub.workers.placement;

import java.util.Objects;

/**
 * When the platform may pick the top candidate without asking the user (O-8.4 a).
 *
 * @param mode the rule
 * @param minimumScore the top candidate's total score must reach this (0..100)
 */
public record AutoSelectRule(Mode mode, double minimumScore) {

  /** Who decides. */
  public enum Mode {
    /** Always ask the user to confirm. */
    NEVER,
    /** Pick automatically when the user said so in the demand. */
    USER_PREFERENCE,
    /** Pick automatically regardless of the demand's preference (preset rule). */
    ALWAYS
  }

  public AutoSelectRule {
    Objects.requireNonNull(mode, "mode");
  }

  /** The default: follow the user's preference, no score threshold. */
  public static AutoSelectRule userPreference() {
    return new AutoSelectRule(Mode.USER_PREFERENCE, 0);
  }

  /** Whether auto-selection is allowed for this demand given the top candidate's score. */
  public boolean allows(PlacementRequest request, double topScore) {
    boolean byRule = switch (mode) {
      case NEVER -> false;
      case USER_PREFERENCE -> request.autoSelectPreferred();
      case ALWAYS -> true;
    };
    return byRule && topScore >= minimumScore;
  }
}
