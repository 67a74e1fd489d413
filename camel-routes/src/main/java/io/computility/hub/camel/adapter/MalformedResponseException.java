package io.computility.hub.camel.adapter;

/** A provider answered with a body that does not follow its protocol. Never redelivered. */
class MalformedResponseException extends RuntimeException {

  MalformedResponseException(String message, Throwable cause) {
    super(message, cause);
  }
}
