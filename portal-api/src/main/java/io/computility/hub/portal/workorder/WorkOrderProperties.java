package io.computility.hub.portal.workorder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of work orders ({@code hub.work-orders}).
 *
 * @param sla how long first-line support has to answer before the work order escalates to the second line
 *     (default 8 hours)
 * @param confirmationWindow how long an answered work order waits for the requester to confirm or reopen it before
 *     it closes by itself (default 7 days)
 */
@ConfigurationProperties("hub.work-orders")
public record WorkOrderProperties(@DefaultValue("PT8H") Duration sla, @DefaultValue("P7D") Duration confirmationWindow) {

  public WorkOrderProperties {
    if (sla.isNegative() || sla.isZero()) {
      throw new IllegalArgumentException("hub.work-orders.sla must be positive, was " + sla);
    }
    if (confirmationWindow.isNegative() || confirmationWindow.isZero()) {
      throw new IllegalArgumentException("hub.work-orders.confirmation-window must be positive, was "
          + confirmationWindow);
    }
  }
}
