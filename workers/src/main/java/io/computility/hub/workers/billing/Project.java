package io.computility.hub.workers.billing;

import java.util.regex.Pattern;

/**
 * A consumer's project an order belongs to, chosen on its demand and carried to the order's bill, so postpaid
 * accounts can be billed per project.
 *
 * @param code the consumer's code for it: 1 to {@value #MAX_CODE_LENGTH} letters, digits, {@code -}, {@code _} or
 *     {@code .}, starting with a letter or digit
 * @param name its display name: 1 to {@value #MAX_NAME_LENGTH} characters, no control characters
 */
public record Project(String code, String name) {

  /** The longest project code. */
  public static final int MAX_CODE_LENGTH = 32;
  /** The longest project name. */
  public static final int MAX_NAME_LENGTH = 100;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_CODE_LENGTH - 1) + "}");

  /** Whether {@code code} is an acceptable project code. */
  public static boolean validCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /** Whether {@code name} is an acceptable project name. */
  public static boolean validName(String name) {
    return name != null && !name.isBlank() && name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH
        && name.codePoints().noneMatch(Character::isISOControl);
  }

  /** The project of these stored or passed-on values; {@code null} when there is no code. */
  public static Project of(String code, String name) {
    return code == null ? null : new Project(code, name == null ? code : name);
  }
}
