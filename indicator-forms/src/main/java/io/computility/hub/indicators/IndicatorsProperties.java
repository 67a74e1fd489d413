package io.computility.hub.indicators;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the monitoring layer ({@code hub.indicators.*}).
 *
 * @param zone the time zone periods are counted in (a month ends at midnight there)
 * @param anomaly thresholds of the robust z-score anomaly detection
 * @param seedDemoData seed a demo reporting unit (reported for by {@code reporter-demo}) and a small monthly data
 *     set owed by it; on for the embedded default only, off by default and on a real database
 * @param pull how values are pulled from the units' own endpoints
 */
@ConfigurationProperties("hub.indicators")
public record IndicatorsProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue Anomaly anomaly,
    @DefaultValue("false") boolean seedDemoData, @DefaultValue Pull pull) {

  /**
   * @param maximumRedeliveries how often a failed call is tried again when the failure may pass (5xx, 429, I/O)
   * @param redeliveryDelay the wait before the first retry, growing by {@code backOffMultiplier} each time
   * @param backOffMultiplier factor of the exponential back-off
   * @param connectTimeout how long to wait for a connection to a unit's endpoint
   * @param responseTimeout how long to wait for its answer
   */
  public record Pull(@DefaultValue("3") int maximumRedeliveries, @DefaultValue("PT2S") Duration redeliveryDelay,
      @DefaultValue("2.0") double backOffMultiplier, @DefaultValue("PT5S") Duration connectTimeout,
      @DefaultValue("PT30S") Duration responseTimeout) {
  }

  /**
   * @param threshold |robust z| above which a value is an anomaly
   * @param historyPeriods how many earlier periods of the unit's own history to compare with
   * @param minHistory the fewest earlier values needed to judge against the unit's history
   * @param minPeers the fewest peer values (same indicator and period) needed to judge against peers
   * @param scanInterval how long accepted submissions may wait in the queue before the anomaly scan judges them
   * @param scanBatchSize accepted submissions judged per transaction of the scan
   * @param maxBacklog queued submissions beyond which ingestion judges a batch itself after committing, so that
   *     ingestion slows down to what the machine can judge instead of the queue growing without bound
   */
  public record Anomaly(@DefaultValue("3.5") double threshold, @DefaultValue("12") int historyPeriods,
      @DefaultValue("5") int minHistory, @DefaultValue("5") int minPeers, @DefaultValue("PT1S") Duration scanInterval,
      @DefaultValue("1000") int scanBatchSize, @DefaultValue("5000") int maxBacklog) {
  }
}
