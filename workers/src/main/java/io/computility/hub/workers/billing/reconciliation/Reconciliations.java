package io.computility.hub.workers.billing.reconciliation;

import io.computility.hub.workers.billing.cycle.BillingCycleProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reconciles providers' usage statements with the hub's usage records and keeps the cases an operator must look
 * into. Every run is kept, so a provider's corrected statement is simply reconciled again.
 */
@Service
@EnableConfigurationProperties(ReconciliationProperties.class)
public class Reconciliations {

  private final ReconciliationMapper reconciliations;
  private final ReconciliationProperties properties;
  private final BillingCycleProperties cycle;
  private final Clock clock;
  private final TransactionTemplate transactions;

  Reconciliations(ReconciliationMapper reconciliations, ReconciliationProperties properties,
      BillingCycleProperties cycle, Clock clock, PlatformTransactionManager transactionManager) {
    this.reconciliations = reconciliations;
    this.properties = properties;
    this.cycle = cycle;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * Compares {@code statement}, the provider's usage for {@code period}, with the hub's records and stores the
   * result; a line that does not match opens a case.
   */
  public Reconciliation reconcile(String providerId, YearMonth period, List<UsageLine> statement) {
    Instant from = period.atDay(1).atStartOfDay(cycle.zone()).toInstant();
    Instant to = period.plusMonths(1).atDay(1).atStartOfDay(cycle.zone()).toInstant();
    List<ReconciliationLine> lines = UsageComparison.compare(reconciliations.hubUsage(providerId, from, to),
        statement, properties.tolerance());
    int matched = (int) lines.stream().filter(line -> line.outcome() == ReconciliationLine.Outcome.MATCH).count();
    int differences = lines.size() - matched;
    ReconciliationRow row = new ReconciliationRow(UUID.randomUUID().toString(), providerId, period.toString(),
        matched, differences, differences > 0 ? Reconciliation.CaseStatus.OPEN : null,
        clock.instant().truncatedTo(ChronoUnit.SECONDS), null, null);
    transactions.executeWithoutResult(tx -> {
      reconciliations.insert(row);
      lines.forEach(line -> reconciliations.insertLine(row.reconciliationId(), line));
    });
    return find(row.reconciliationId());
  }

  /**
   * One reconciliation with its lines.
   *
   * @throws ReconciliationProblem.UnknownReconciliation when there is none of that id
   */
  public Reconciliation find(String id) {
    ReconciliationRow row = reconciliations.find(id);
    if (row == null) {
      throw new ReconciliationProblem.UnknownReconciliation(id);
    }
    return row.with(reconciliations.lines(id));
  }

  /** The cases waiting for an operator, oldest first. */
  public List<Reconciliation> openCases() {
    return reconciliations.openCases().stream().map(row -> row.with(reconciliations.lines(row.reconciliationId())))
        .toList();
  }

  /** Closes a case; resolving a resolved case changes nothing. */
  public Reconciliation resolve(String id, String operator) {
    find(id);
    reconciliations.resolve(id, operator, clock.instant().truncatedTo(ChronoUnit.SECONDS));
    return find(id);
  }
}
