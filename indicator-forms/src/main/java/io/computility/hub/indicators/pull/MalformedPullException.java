package io.computility.hub.indicators.pull;

/** A unit's endpoint answered with something other than a JSON object of indicator codes to values. */
class MalformedPullException extends RuntimeException {

  MalformedPullException(String message) {
    super(message);
  }
}
