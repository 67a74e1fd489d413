package io.computility.hub.camel.adapter;

/**
 * One HTTP request to a provider, relative to its base URL.
 *
 * @param method HTTP method
 * @param path path below the base URL
 * @param query query string without {@code ?}, or {@code null}
 * @param body JSON-serialisable body, or {@code null}
 */
record HttpCall(String method, String path, String query, Object body) {

  static HttpCall get(String path, String query) {
    return new HttpCall("GET", path, query, null);
  }

  static HttpCall post(String path, Object body) {
    return new HttpCall("POST", path, null, body);
  }

  static HttpCall delete(String path) {
    return new HttpCall("DELETE", path, null, null);
  }
}
