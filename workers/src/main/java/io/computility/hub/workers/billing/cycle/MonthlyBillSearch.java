package io.computility.hub.workers.billing.cycle;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Finds monthly bills for the portal's lists, newest period first; read only. Each bill found comes with its items
 * and credit notes, read for the whole page at once.
 */
@Service
public class MonthlyBillSearch {

  private final MonthlyBillSearchMapper search;
  private final MonthlyBills bills;

  MonthlyBillSearch(MonthlyBillSearchMapper search, MonthlyBills bills) {
    this.search = search;
    this.bills = bills;
  }

  /**
   * What a list asks for; every field is optional ({@code null}: any).
   *
   * @param accountId only this account's bills
   * @param period only bills of this month
   * @param status only bills in this status
   */
  public record Criteria(String accountId, YearMonth period, MonthlyBill.Status status) {

    String periodText() {
      return period == null ? null : period.toString();
    }
  }

  /** One page of the bills matching {@code criteria}: {@code size} of them after {@code offset}. */
  public List<MonthlyBill> find(Criteria criteria, long offset, int size) {
    return bills.withDetails(search.page(criteria.accountId(), criteria.periodText(), criteria.status(), offset,
        size));
  }

  /** How many bills match {@code criteria}. */
  public long count(Criteria criteria) {
    return search.count(criteria.accountId(), criteria.periodText(), criteria.status());
  }
}
