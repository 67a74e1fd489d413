package io.computility.hub.workers.billing.statement;

import io.computility.hub.workers.billing.BillingProperties;
import io.computility.hub.workers.billing.cycle.BillingCycleProperties;
import io.computility.hub.workers.evidence.BusinessEvidence;
import io.computility.hub.workers.wallet.Wallets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Providers' settlement statements per month (months in {@code hub.billing.cycle.zone}): prepared once per provider
 * and period from the settled order bills issued and the credit notes issued in it, then marked paid by an
 * operator. Preparing again returns the first statement: later bills of the month belong to no statement, which
 * keeps a statement a fixed, auditable document.
 *
 * <p>Preparing and paying are settlements on the trusted ledger ({@link BusinessEvidence}, kinds
 * {@code settlement-statement.prepared} and {@code settlement-statement.paid}, keyed by the statement id, owned by the
 * provider) in the transaction that stores them.
 */
@Service
public class ProviderStatements {

  private final StatementMapper statements;
  private final BillingProperties billing;
  private final BillingCycleProperties cycle;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final ObjectProvider<BusinessEvidence> evidence;

  ProviderStatements(StatementMapper statements, BillingProperties billing, BillingCycleProperties cycle, Clock clock,
      PlatformTransactionManager transactionManager, ObjectProvider<BusinessEvidence> evidence) {
    this.evidence = evidence;
    this.statements = statements;
    this.billing = billing;
    this.cycle = cycle;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** The statement of {@code providerId} for {@code period}: prepared now, or the one prepared before. */
  public ProviderStatement prepare(String providerId, YearMonth period) {
    StatementRow existing = statements.forPeriod(providerId, period.toString());
    if (existing != null) {
      return find(existing.statementId());
    }
    Instant from = period.atDay(1).atStartOfDay(cycle.zone()).toInstant();
    Instant to = period.plusMonths(1).atDay(1).atStartOfDay(cycle.zone()).toInstant();
    List<StatementLine> found = new ArrayList<>(statements.sales(providerId, from, to));
    found.addAll(statements.credits(providerId, from, to));
    List<StatementLine> lines = new ArrayList<>();
    for (StatementLine line : found) {
      lines.add(new StatementLine(lines.size() + 1, line.kind(), line.billId(), line.billLineNo(),
          line.creditNoteId(), line.amountFen()));
    }
    StatementFigures figures = StatementFigures.of(lines, billing.platformFeeBasisPoints());
    StatementRow row = new StatementRow(UUID.randomUUID().toString(), providerId, period.toString(),
        Wallets.CURRENCY, figures.grossSalesFen(), figures.creditsFen(), figures.platformFeeFen(),
        figures.netPayableFen(), ProviderStatement.Status.PREPARED, now(), null, null);
    try {
      transactions.executeWithoutResult(tx -> {
        statements.insert(row);
        lines.forEach(line -> statements.insertLine(row.statementId(), line));
        record("settlement-statement.prepared", find(row.statementId()));
      });
    } catch (DuplicateKeyException raced) {
      return find(statements.forPeriod(providerId, period.toString()).statementId());
    }
    return find(row.statementId());
  }

  /**
   * One statement with its lines.
   *
   * @throws StatementProblem.UnknownStatement when there is none of that id
   */
  public ProviderStatement find(String statementId) {
    StatementRow row = statements.find(statementId);
    if (row == null) {
      throw new StatementProblem.UnknownStatement(statementId);
    }
    return withLines(List.of(row)).get(0);
  }

  /**
   * A page of statements with their lines, newest period first; each filter is optional ({@code null}: any).
   *
   * @return {@code size} statements after {@code offset}
   */
  public List<ProviderStatement> list(String providerId, YearMonth period, ProviderStatement.Status status,
      long offset, int size) {
    return withLines(statements.page(providerId, period == null ? null : period.toString(), status, offset, size));
  }

  /** How many statements {@link #list} finds with these filters. */
  public long count(String providerId, YearMonth period, ProviderStatement.Status status) {
    return statements.count(providerId, period == null ? null : period.toString(), status);
  }

  /** Records that {@code operator} paid the provider; marking a paid statement again leaves it as it was. */
  public ProviderStatement markPaid(String statementId, String operator) {
    find(statementId);
    transactions.executeWithoutResult(tx -> {
      if (statements.markPaid(statementId, operator, now()) == 1) {
        record("settlement-statement.paid", find(statementId));
      }
    });
    return find(statementId);
  }

  private void record(String kind, ProviderStatement statement) {
    evidence.ifAvailable(ledger -> ledger.record(kind, statement.statementId(), statement.providerId(),
        facts(statement)));
  }

  /** What the ledger keeps of a statement: its figures, its lines and, once paid, who paid it when. */
  private static Map<String, Object> facts(ProviderStatement statement) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("statementId", statement.statementId());
    facts.put("providerId", statement.providerId());
    facts.put("period", statement.period());
    facts.put("currency", statement.currency());
    facts.put("grossSalesFen", statement.figures().grossSalesFen());
    facts.put("creditsFen", statement.figures().creditsFen());
    facts.put("platformFeeFen", statement.figures().platformFeeFen());
    facts.put("netPayableFen", statement.figures().netPayableFen());
    facts.put("status", statement.status().name());
    facts.put("lines", statement.lines().stream().map(line -> line.kind() + ":" + line.billId() + ":"
        + line.billLineNo() + ":" + line.creditNoteId() + ":" + line.amountFen()).toList());
    facts.put("paidBy", statement.paidBy());
    facts.put("paidAt", statement.paidAt());
    return facts;
  }

  /** The statements of {@code rows}, in their order, with their lines: one query for all of them. */
  private List<ProviderStatement> withLines(List<StatementRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<StatementLine>> lines = statements.lines(rows.stream().map(StatementRow::statementId).toList())
        .stream().collect(Collectors.groupingBy(StatementLineRow::statementId, LinkedHashMap::new,
            Collectors.mapping(StatementLineRow::line, Collectors.toList())));
    return rows.stream().map(row -> row.with(lines.getOrDefault(row.statementId(), List.of()))).toList();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
