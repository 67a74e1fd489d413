package io.computility.hub.indicators.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.collection.Channel;
import io.computility.hub.indicators.collection.CollectionTasks;
import io.computility.hub.indicators.collection.Submission;
import io.computility.hub.indicators.collection.SubmissionLog;
import io.computility.hub.indicators.collection.Submissions;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The steps of a pull: build the call from the unit's endpoint (token from the environment), turn the answer into
 * a submission, or record why there is none.
 */
@Component
class UnitPullSteps {

  private static final String REQUEST = "indicatorPullRequest";
  /** Completing the unit's task may meet a concurrent change of its instance (its reminder); try again. */
  private static final int SUBMIT_ATTEMPTS = 3;

  private final CollectionTasks collection;
  private final SubmissionLog log;
  private final Environment environment;
  private final ObjectMapper json;

  UnitPullSteps(CollectionTasks collection, SubmissionLog log, Environment environment, ObjectMapper json) {
    this.collection = collection;
    this.log = log;
    this.environment = environment;
    this.json = json;
  }

  /** Sets the GET of the unit's endpoint with the data set and period in the query, and its bearer token. */
  void prepareCall(Exchange exchange) {
    PullRequest request = exchange.getIn().getBody(PullRequest.class);
    exchange.setProperty(REQUEST, request);
    URI url = URI.create(request.endpoint().url());
    String query = "dataSet=" + encode(request.dataSetCode()) + "&period=" + encode(request.period());
    Message in = exchange.getIn();
    in.setHeader(Exchange.HTTP_METHOD, "GET");
    in.setHeader(Exchange.HTTP_URI, url.getScheme() + "://" + url.getRawAuthority()
        + (url.getRawPath() == null ? "" : url.getRawPath()));
    in.setHeader(Exchange.HTTP_QUERY, url.getRawQuery() == null ? query : url.getRawQuery() + "&" + query);
    in.setHeader("Accept", "application/json");
    String reference = request.endpoint().credentialsRef();
    if (reference != null) {
      String token = environment.getProperty(reference);
      if (token == null || token.isBlank()) {
        throw new IllegalStateException("The unit's credentials " + reference + " are not set in the environment");
      }
      in.setHeader("Authorization", "Bearer " + token);
    }
    in.setBody(null);
  }

  /**
   * Reads the answer, a JSON object of indicator code to value (number or text), and submits it on the API_PULL
   * channel. The idempotency key is a digest of data set, period and values, so pulling the same answer again
   * replays the earlier submission and changes nothing.
   */
  void receiveValues(Exchange exchange) {
    PullRequest request = exchange.getProperty(REQUEST, PullRequest.class);
    Map<String, Object> values = parse(exchange.getIn().getBody(String.class));
    Submissions.Incoming incoming = new Submissions.Incoming(request.unitCode(), request.dataSetCode(),
        request.period(), Channel.API_PULL, values, idempotencyKey(request, values));
    Submission submission = submit(incoming, Caller.system(actor(request)));
    log.record(submission.id(), request.unitCode(), request.period(), Channel.API_PULL, "PULLED", actor(request),
        values.size() + " values from " + URI.create(request.endpoint().url()).getHost()
            + (submission.duplicate() ? "; the same as pulled before, nothing changed" : ""));
    exchange.getIn().setBody(new PullOutcome(request.unitCode(), request.dataSetCode(), request.period(),
        submission, null));
  }

  /** Records a failed pull in the collection log; nothing was received. */
  void recordFailure(Exchange exchange) {
    PullRequest request = exchange.getProperty(REQUEST, PullRequest.class);
    if (request == null) {
      request = exchange.getIn().getBody(PullRequest.class);
    }
    Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    String reason = failure instanceof HttpOperationFailedException http
        ? "HTTP " + http.getStatusCode() + " from " + URI.create(request.endpoint().url()).getHost()
        : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    log.record(null, request.unitCode(), request.period(), Channel.API_PULL, "PULL_FAILED", actor(request), reason);
    exchange.getIn().setBody(new PullOutcome(request.unitCode(), request.dataSetCode(), request.period(), null,
        reason));
  }

  private Submission submit(Submissions.Incoming incoming, Caller caller) {
    for (int attempt = 1; ; attempt++) {
      try {
        return collection.submit(incoming, caller);
      } catch (OptimisticLockingException e) {
        // the submission is stored under its key; submitting again hands it to the task
        if (attempt == SUBMIT_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private Map<String, Object> parse(String body) {
    JsonNode answer;
    try {
      answer = body == null ? null : json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new MalformedPullException("The answer is not JSON: " + e.getOriginalMessage());
    }
    if (answer == null || !answer.isObject() || answer.isEmpty()) {
      throw new MalformedPullException("The answer is not a JSON object of indicator codes to values");
    }
    Map<String, Object> values = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : answer.properties()) {
      JsonNode value = entry.getValue();
      if (value.isNumber()) {
        values.put(entry.getKey(), value.decimalValue());
      } else if (value.isTextual()) {
        values.put(entry.getKey(), value.textValue());
      } else {
        throw new MalformedPullException("The value of " + entry.getKey() + " is neither a number nor text");
      }
    }
    return values;
  }

  private static String idempotencyKey(PullRequest request, Map<String, Object> values) {
    StringBuilder canonical = new StringBuilder(request.dataSetCode()).append('\n').append(request.period());
    values.forEach((code, value) -> canonical.append('\n').append(code).append('=').append(
        value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
          .getBytes(StandardCharsets.UTF_8));
      return "pull:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String actor(PullRequest request) {
    return "pull:" + request.unitCode();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
