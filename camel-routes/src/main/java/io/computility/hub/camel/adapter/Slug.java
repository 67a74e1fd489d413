package io.computility.hub.camel.adapter;

import java.util.Locale;

/** DNS-label-safe names (lower case letters, digits, dashes; at most 63 characters) derived from free text. */
final class Slug {

  private static final int MAX = 63;

  private Slug() {
  }

  static String of(String text) {
    String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.length() > MAX ? slug.substring(0, MAX) : slug;
  }
}
