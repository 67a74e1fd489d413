package io.computility.hub.portal.statement;

import io.computility.hub.camel.reconciliation.UsageStatementReconciler;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.portal.Paged;
import io.computility.hub.portal.web.PageQuery;
import io.computility.hub.portal.web.PortalProblem;
import io.computility.hub.workers.billing.cycle.Grouping;
import io.computility.hub.workers.billing.cycle.MonthlyBillCommands;
import io.computility.hub.workers.billing.cycle.MonthlyBills;
import io.computility.hub.workers.billing.reconciliation.Reconciliation;
import io.computility.hub.workers.billing.reconciliation.Reconciliations;
import io.computility.hub.workers.billing.statement.ProviderStatement;
import io.computility.hub.workers.billing.statement.ProviderStatements;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Billing cycles, settlement statements and reconciliation for operators. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('OPERATOR')")
class StatementController {

  static final String PERIOD = "\\d{4}-(0[1-9]|1[0-2])";

  private final MonthlyBillCommands cycles;
  private final ProviderStatements statements;
  private final UsageStatementReconciler reconciler;
  private final Reconciliations reconciliations;
  private final ResourceInventory inventory;

  StatementController(MonthlyBillCommands cycles, ProviderStatements statements,
      UsageStatementReconciler reconciler, Reconciliations reconciliations, ResourceInventory inventory) {
    this.cycles = cycles;
    this.statements = statements;
    this.reconciler = reconciler;
    this.reconciliations = reconciliations;
    this.inventory = inventory;
  }

  /**
   * A billing-cycle request.
   *
   * @param accountId only this account; {@code null} for every postpaid account
   * @param grouping overrides the accounts' preferences; {@code null} keeps them
   * @param splitOrderIds orders billed on their own
   */
  record CycleRequest(@NotBlank @Pattern(regexp = PERIOD) String period, String accountId, Grouping grouping,
      List<String> splitOrderIds) {
  }

  /** A provider and a month. */
  record ProviderPeriod(@NotBlank String providerId, @NotBlank @Pattern(regexp = PERIOD) String period) {
  }

  /** Starts the {@code billing-cycle} process for a month. */
  @PostMapping("/billing-cycles")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, String> startCycle(@Valid @RequestBody CycleRequest request) {
    String id = cycles.startCycle(MonthlyBills.period(request.period()), request.accountId(), request.grouping(),
        request.splitOrderIds() == null ? List.of() : request.splitOrderIds());
    return Map.of("processInstanceId", id);
  }

  /** Statements newest period first, by {@code provider}, {@code period} ({@code yyyy-MM}) and {@code status}. */
  @GetMapping("/provider-statements")
  Paged<ProviderStatement> statements(@RequestParam(required = false) String provider,
      @RequestParam(required = false) String period, @RequestParam(required = false) ProviderStatement.Status status,
      PageQuery page) {
    YearMonth month = period == null || period.isBlank() ? null : MonthlyBills.period(period);
    return page.paged(statements.list(provider, month, status, page.offset(), page.size()),
        statements.count(provider, month, status));
  }

  /** Prepares a provider's statement for a month (or returns the one prepared before). */
  @PostMapping("/provider-statements")
  ProviderStatement prepare(@Valid @RequestBody ProviderPeriod request) {
    return statements.prepare(known(request.providerId()), MonthlyBills.period(request.period()));
  }

  @GetMapping("/provider-statements/{statementId}")
  ProviderStatement statement(@PathVariable String statementId) {
    return statements.find(statementId);
  }

  /** Records that the calling operator paid the provider. */
  @PostMapping("/provider-statements/{statementId}/paid")
  ProviderStatement markPaid(@PathVariable String statementId, Principal operator) {
    return statements.markPaid(statementId, operator.getName());
  }

  /** Pulls the provider's usage statement and reconciles it; differences open a case. */
  @PostMapping("/reconciliations")
  Reconciliation reconcile(@Valid @RequestBody ProviderPeriod request) {
    return reconciler.reconcile(known(request.providerId()), MonthlyBills.period(request.period()));
  }

  @GetMapping("/reconciliations/cases")
  List<Reconciliation> openCases() {
    return reconciliations.openCases();
  }

  /** Closes a reconciliation case in the calling operator's name. */
  @PostMapping("/reconciliations/{reconciliationId}/resolve")
  Reconciliation resolve(@PathVariable String reconciliationId, Principal operator) {
    return reconciliations.resolve(reconciliationId, operator.getName());
  }

  /** The id of a provider the hub knows; a typo would otherwise give an empty statement rather than an error. */
  private String known(String providerId) {
    if (inventory.provider(providerId).isEmpty()) {
      throw new PortalProblem.InvalidParameter("providerId", providerId, "names no provider of the hub");
    }
    return providerId;
  }
}
