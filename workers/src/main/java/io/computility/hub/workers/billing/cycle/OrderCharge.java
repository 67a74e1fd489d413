package io.computility.hub.workers.billing.cycle;

import io.computility.hub.workers.billing.Project;
import java.time.Instant;

/**
 * A postpaid order's bill, as a charge to put on a monthly bill.
 *
 * @param billId the order's bill ({@code billing_bill})
 * @param amountFen its total
 * @param projectCode the code of the consumer's project the order belongs to, {@code null} for none
 * @param projectName that project's name, {@code null} for none
 */
public record OrderCharge(String billId, String orderId, String accountId, String providerId, long amountFen,
    Instant issuedAt, String projectCode, String projectName) {

  /** The order's project, {@code null} for none. */
  public Project project() {
    return Project.of(projectCode, projectName);
  }
}
