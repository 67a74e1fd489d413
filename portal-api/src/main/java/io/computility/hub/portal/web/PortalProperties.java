package io.computility.hub.portal.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal API's settings ({@code hub.portal.*}).
 *
 * @param paging list paging; defaults: size 20, at most 100 per page, at most page 10000
 * @param idempotency {@code Idempotency-Key} handling; defaults: keys kept a day, an unfinished call holds its key
 *     for a minute, expired keys purged hourly
 * @param wallet wallet settings; default: no simulated payments
 */
@ConfigurationProperties("hub.portal")
public record PortalProperties(Paging paging, Idempotency idempotency, Wallet wallet) {

  public PortalProperties {
    paging = paging == null ? new Paging(0, 0, 0) : paging;
    idempotency = idempotency == null ? new Idempotency(null, null, null) : idempotency;
    wallet = wallet == null ? new Wallet(false) : wallet;
  }

  /**
   * @param defaultSize entries per page when the caller names no size (default 20)
   * @param maxSize the largest size a caller may ask for (default 100)
   * @param maxPage the deepest page a caller may ask for (default 10000): deeper offsets are a crawl, not a reader
   */
  public record Paging(int defaultSize, int maxSize, int maxPage) {
    public Paging {
      defaultSize = defaultSize > 0 ? defaultSize : 20;
      maxSize = maxSize > 0 ? maxSize : 100;
      maxPage = maxPage > 0 ? maxPage : 10_000;
      if (defaultSize > maxSize) {
        throw new IllegalArgumentException("hub.portal.paging.default-size " + defaultSize
            + " exceeds hub.portal.paging.max-size " + maxSize);
      }
    }
  }

  /**
   * @param retention how long a completed call's response is kept for replay (default {@code P1D})
   * @param inProgressLease how long an unfinished call keeps its key from others (default {@code PT1M}); after it,
   *     a repeat runs the call again, which the services below absorb through their own idempotency
   * @param purgeInterval how often keys past their retention are deleted (default {@code PT1H})
   */
  public record Idempotency(Duration retention, Duration inProgressLease, Duration purgeInterval) {
    public Idempotency {
      retention = retention == null ? Duration.ofDays(1) : retention;
      inProgressLease = inProgressLease == null ? Duration.ofMinutes(1) : inProgressLease;
      purgeInterval = purgeInterval == null ? Duration.ofHours(1) : purgeInterval;
    }
  }

  /**
   * @param simulatedPayments whether consumers may top up their own wallets without a payment provider (the demo's
   *     simulated payment; default {@code false}: only an OPERATOR records top-ups, for payments received)
   */
  public record Wallet(boolean simulatedPayments) {
  }
}
