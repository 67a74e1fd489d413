package io.computility.hub.camel;

import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.workers.placement.ServiceLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Configuration of the resource layer ({@code hub.camel}).
 *
 * @param measurementTable the YAML conversion table
 * @param adapters timing, retry and circuit-breaker settings shared by every adapter
 * @param simulator the built-in provider simulator
 * @param onboarding the resource-onboarding process
 * @param directory the live pool directory that placement reads
 * @param providers remote providers pulled by the adapters; credentials are named by environment variable only
 */
@ConfigurationProperties("hub.camel")
public record CamelRoutesProperties(
    @DefaultValue("classpath:measurement/conversion-table.yml") Resource measurementTable,
    @DefaultValue Adapters adapters,
    @DefaultValue Simulator simulator,
    @DefaultValue Onboarding onboarding,
    @DefaultValue Directory directory,
    @DefaultValue List<ProviderSettings> providers) {

  /**
   * Adapter behaviour.
   *
   * @param inventoryPeriod how often inventory and remaining capacity are pulled
   * @param initialDelay delay of the first pull after start
   * @param maximumRedeliveries redeliveries of a failed provider call
   * @param redeliveryDelay first redelivery delay, doubled (by {@code backOffMultiplier}) each time
   * @param backOffMultiplier exponential back-off factor
   * @param connectTimeout HTTP connect timeout
   * @param responseTimeout HTTP response timeout
   * @param breakerWindow calls in the circuit breaker's sliding window
   * @param breakerMinimumCalls calls before the breaker may open
   * @param breakerFailureRate failure percentage that opens the breaker
   * @param breakerOpenDuration how long an open breaker rejects calls before trying again
   * @param pageSize items asked per page where the provider pages
   */
  public record Adapters(
      @DefaultValue("PT1M") Duration inventoryPeriod,
      @DefaultValue("PT3S") Duration initialDelay,
      @DefaultValue("3") int maximumRedeliveries,
      @DefaultValue("PT0.5S") Duration redeliveryDelay,
      @DefaultValue("2.0") double backOffMultiplier,
      @DefaultValue("PT2S") Duration connectTimeout,
      @DefaultValue("PT10S") Duration responseTimeout,
      @DefaultValue("10") int breakerWindow,
      @DefaultValue("5") int breakerMinimumCalls,
      @DefaultValue("50") float breakerFailureRate,
      @DefaultValue("PT30S") Duration breakerOpenDuration,
      @DefaultValue("50") int pageSize) {
  }

  /**
   * The built-in simulator: simulated providers served by the hub itself under {@code /simulator/<provider>/}.
   *
   * @param enabled on for the embedded default only
   * @param baseUrl how adapters reach the hub; {@code {port}} is replaced by the web server's port
   * @param onboard whether the simulated providers start pending and are onboarded through the
   *     {@code resource-onboarding} process once the hub is ready (needs the engine), instead of being admitted
   *     at once
   * @param provisioningDelay how long a simulated server, job or connection takes to become usable, measured with
   *     the hub's clock
   * @param transferGbPerUnitHour gigabytes a simulated allocation carries per unit-hour, by kind of pool
   */
  public record Simulator(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("http://127.0.0.1:{port}/simulator") String baseUrl,
      @DefaultValue("false") boolean onboard,
      @DefaultValue("PT2S") Duration provisioningDelay,
      @DefaultValue Transfer transferGbPerUnitHour) {
  }

  /**
   * Simulated traffic, in gigabytes per unit-hour.
   *
   * @param compute general, intelligent and supercomputing pools (none: their traffic is not metered)
   * @param storage storage pools
   * @param network carrier circuits
   */
  public record Transfer(
      @DefaultValue("0") BigDecimal compute,
      @DefaultValue("2") BigDecimal storage,
      @DefaultValue("100") BigDecimal network) {
  }

  /**
   * The pool directory placement reads ({@code PoolDirectory}): rebuilt in memory whenever inventory is recorded or
   * a provider's admission or products change, and on a schedule as a safety net.
   *
   * @param refreshPeriod how often it is rebuilt regardless
   * @param defaultReliability a provider's reliability (0–1) until its health history says more
   * @param reliabilityWindow how far back the health history counts
   * @param serviceLevels the service level each admission class is sold at; a class not listed is BASIC. Setting
   *     the map replaces the default one: INTELLIGENT_CLUSTER, SUPERCOMPUTING_CENTRE and NETWORK_SERVICE at
   *     CRITICAL; INTELLIGENT_SHARED, GENERAL_CLOUD and STORAGE_SERVICE at STANDARD
   */
  public record Directory(
      @DefaultValue("PT30S") Duration refreshPeriod,
      @DefaultValue("0.95") double defaultReliability,
      @DefaultValue("P30D") Duration reliabilityWindow,
      Map<String, ServiceLevel> serviceLevels) {

    private static final Map<String, ServiceLevel> DEFAULT_LEVELS = Map.of(
        "INTELLIGENT_CLUSTER", ServiceLevel.CRITICAL, "SUPERCOMPUTING_CENTRE", ServiceLevel.CRITICAL,
        "NETWORK_SERVICE", ServiceLevel.CRITICAL, "INTELLIGENT_SHARED", ServiceLevel.STANDARD,
        "GENERAL_CLOUD", ServiceLevel.STANDARD, "STORAGE_SERVICE", ServiceLevel.STANDARD);

    public Directory {
      serviceLevels = serviceLevels == null || serviceLevels.isEmpty() ? DEFAULT_LEVELS : Map.copyOf(serviceLevels);
    }
  }

  /**
   * The resource-onboarding process.
   *
   * @param autoApprove demo only: the operator's approval is granted automatically for the onboardings the hub
   *     starts itself (the simulated providers); off everywhere but the embedded default
   */
  public record Onboarding(@DefaultValue("false") boolean autoApprove) {
  }

  /**
   * One remote provider.
   *
   * @param id stable id, used in route ids
   * @param name display name
   * @param owner owning organisation
   * @param kind encapsulation kind; picks the adapter
   * @param region GB/T 2260 code of its data centre
   * @param baseUrl root of its API
   * @param credentialsEnv name of the environment variable holding its API token
   * @param pue power usage effectiveness of its data centre
   * @param greenPowerShare share of green power, 0–1
   * @param pollPeriod inventory period, default {@link Adapters#inventoryPeriod()}; zero turns scheduled pulls off
   */
  public record ProviderSettings(String id, String name, String owner, ProviderKind kind, String region,
      String baseUrl, String credentialsEnv, @DefaultValue("1.3") BigDecimal pue,
      @DefaultValue("0") BigDecimal greenPowerShare, Duration pollPeriod) {
  }
}
