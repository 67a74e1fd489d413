package io.computility.hub.camel.resource;

/**
 * The outcome of classifying a pool (R-6.5 b).
 *
 * @param kind the resource kind the pool declared
 * @param admissionClass the class it was admitted in, {@code null} when refused
 * @param connection the connection method the class decides, {@code null} when refused
 */
public record Classification(ResourceKind kind, String admissionClass, ConnectionMethod connection) {

  static Classification refused(ResourceKind kind) {
    return new Classification(kind, null, null);
  }

  /** Whether the pool meets an admission class. */
  public boolean admitted() {
    return admissionClass != null;
  }
}
