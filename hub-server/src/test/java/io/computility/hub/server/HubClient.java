package io.computility.hub.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Talks to a running hub over HTTP the way its users do: tokens from the identity provider (client credentials for a
 * partner platform, the device grant with a browser-like sign-in for a person), then API calls with the token.
 */
public final class HubClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern STATE = Pattern.compile("name=\"state\"[^>]*value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  public HubClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A partner platform's token (OAuth2 client credentials). */
  public String clientCredentialsToken(String clientId, String secret) {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(form(Map.of("grant_type", "client_credentials", "scope", "hub.api"))).build(), http);
    return json(response).path("access_token").asText();
  }

  /**
   * A person's token through the device authorization grant of the public client {@code hub-cli}: what a user at a
   * terminal does, with the browser part (sign in, approve) done over HTTP.
   */
  public String deviceToken(String username, String password) {
    JsonNode device = json(send(post("/oauth2/device_authorization",
        Map.of("client_id", "hub-cli", "scope", "hub.api")), http));
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    send(HttpRequest.newBuilder(URI.create(device.path("verification_uri_complete").asText())).GET().build(), browser);
    String loginPage = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), browser).body();
    HttpResponse<String> signedIn = send(post("/login", Map.of("username", username, "password", password,
        "_csrf", find(CSRF, loginPage))), browser);
    HttpResponse<String> verification = follow(signedIn, browser);
    if (verification.statusCode() == 200) {
      // First time for this person and client: approve the scope on the consent page.
      send(post("/oauth2/device_verification", Map.of("client_id", "hub-cli", "state",
          find(STATE, verification.body()), "scope", "hub.api", "user_code", device.path("user_code").asText())),
          browser);
    }
    HttpResponse<String> token = send(post("/oauth2/token", Map.of(
        "grant_type", "urn:ietf:params:oauth:grant-type:device_code",
        "device_code", device.path("device_code").asText(), "client_id", "hub-cli")), http);
    return json(token).path("access_token").asText();
  }

  /** A call to the hub with an optional bearer token and JSON body. */
  public HttpResponse<String> call(String method, String path, String token, String jsonBody, String language) {
    return call(method, path, token, jsonBody, language, null);
  }

  /** A call to the hub with an optional bearer token, JSON body and {@code Idempotency-Key}. */
  public HttpResponse<String> call(String method, String path, String token, String jsonBody, String language,
      String idempotencyKey) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request.build(), http);
  }

  public HttpResponse<String> get(String path, String token) {
    return call("GET", path, token, null, null);
  }

  /** The response body as JSON. */
  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON (" + response.statusCode() + "): " + response.body(), e);
    }
  }

  private HttpResponse<String> follow(HttpResponse<String> redirect, HttpClient client) {
    String location = redirect.headers().firstValue("Location")
        .orElseThrow(() -> new AssertionError("Expected a redirect, got " + redirect.statusCode()));
    return send(HttpRequest.newBuilder(URI.create(base).resolve(location)).GET().build(), client);
  }

  private HttpRequest post(String path, Map<String, String> fields) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(form(fields)).build();
  }

  private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
    return HttpRequest.BodyPublishers.ofString(new LinkedHashMap<>(fields).entrySet().stream()
        .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&")));
  }

  private static String find(Pattern pattern, String page) {
    Matcher matcher = pattern.matcher(page);
    if (!matcher.find()) {
      throw new AssertionError("No " + pattern + " in page: " + page);
    }
    return matcher.group(1);
  }

  private static HttpResponse<String> send(HttpRequest request, HttpClient client) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
