package io.computility.hub.camel.adapter;

/** A provider call failed after redelivery, was refused by an open circuit, or returned an unusable answer. */
public class ProviderCallException extends RuntimeException {

  private final String providerId;
  private final boolean retryable;
  private final int statusCode;

  public ProviderCallException(String providerId, boolean retryable, String message, Throwable cause) {
    this(providerId, retryable, 0, message, cause);
  }

  public ProviderCallException(String providerId, boolean retryable, int statusCode, String message,
      Throwable cause) {
    super(message, cause);
    this.providerId = providerId;
    this.retryable = retryable;
    this.statusCode = statusCode;
  }

  /** The provider's HTTP status, 0 when it did not answer with one. */
  public int statusCode() {
    return statusCode;
  }

  /** The provider called. */
  public String providerId() {
    return providerId;
  }

  /** Whether trying again later may succeed (a provider down or its circuit open), as opposed to a refusal. */
  public boolean retryable() {
    return retryable;
  }
}
