package io.computility.hub.indicators.validation;

/**
 * One failed check: the indicator at fault, the rule it broke and a message for people.
 *
 * @param rule {@code required}, {@code type}, {@code range}, {@code choice}, {@code unknown-indicator}, or the
 *     code of a cross-indicator rule ({@code USED_LE_TOTAL})
 */
public record Violation(String indicator, String rule, String message) {
}
