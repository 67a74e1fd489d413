package io.computility.hub.workers.billing.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.workers.billing.statement.StatementLine.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementFiguresTest {

  @Test
  void feeIsTakenOnceOnSalesNetOfCreditsRoundedHalfUp() {
    List<StatementLine> lines = List.of(new StatementLine(1, Kind.SALE, "b1", 1, null, 2_000),
        new StatementLine(2, Kind.SALE, "b1", 2, null, 1_005), new StatementLine(3, Kind.SALE, "b2", 1, null, 500),
        new StatementLine(4, Kind.CREDIT, "b1", null, "c1", -300));

    StatementFigures figures = StatementFigures.of(lines, 1_000);

    assertThat(figures).isEqualTo(new StatementFigures(3_505, 300, 321, 2_884));
    assertThat(figures.grossSalesFen() - figures.creditsFen() - figures.platformFeeFen())
        .isEqualTo(figures.netPayableFen());
  }

  @Test
  void nothingSoldNothingPayable() {
    assertThat(StatementFigures.of(List.of(), 1_000)).isEqualTo(new StatementFigures(0, 0, 0, 0));
  }
}
