package io.computility.hub.portal.order;

import io.computility.hub.workers.WorkItem;
import io.computility.hub.workers.WorkResult;
import io.computility.hub.workers.Worker;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Topic {@code low-balance-warning}: tells the consumer once per order that the prepaid balance will not last the
 * booking (notification {@code LOW_BALANCE}, text from the bundles, and a log line). Output
 * {@code lowBalanceWarned = true}.
 */
@Component
class LowBalanceWarningWorker implements Worker {

  static final String LOW_BALANCE = "LOW_BALANCE";
  private static final Logger LOG = LoggerFactory.getLogger(LowBalanceWarningWorker.class);

  private final OrderRecords records;
  private final MessageSource messages;

  LowBalanceWarningWorker(OrderRecords records, MessageSource messages) {
    this.records = records;
    this.messages = messages;
  }

  @Override
  public String topic() {
    return "low-balance-warning";
  }

  @Override
  public WorkResult work(WorkItem item) {
    OrderRow order = records.get(item.requiredString("orderId"));
    if (records.notifyOnce(order, LOW_BALANCE)) {
      LOG.warn("Consumer {} warned: {}", order.consumerId(), messages.getMessage("portal.notification." + LOW_BALANCE,
          new Object[] {order.id()}, LOW_BALANCE + " " + order.id(), Locale.ENGLISH));
    }
    return WorkResult.complete(Map.of("lowBalanceWarned", true));
  }
}
