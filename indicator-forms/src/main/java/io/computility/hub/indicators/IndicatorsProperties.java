package io.computility.hub.indicators;

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
 */
@ConfigurationProperties("hub.indicators")
public record IndicatorsProperties(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue Anomaly anomaly,
    @DefaultValue("false") boolean seedDemoData) {

  /**
   * @param threshold |robust z| above which a value is an anomaly
   * @param historyPeriods how many earlier periods of the unit's own history to compare with
   * @param minHistory the fewest earlier values needed to judge against the unit's history
   * @param minPeers the fewest peer values (same indicator and period) needed to judge against peers
   */
  public record Anomaly(@DefaultValue("3.5") double threshold, @DefaultValue("12") int historyPeriods,
      @DefaultValue("5") int minHistory, @DefaultValue("5") int minPeers) {
  }
}
