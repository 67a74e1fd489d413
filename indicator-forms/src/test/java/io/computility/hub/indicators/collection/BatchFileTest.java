package io.computility.hub.indicators.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV batch format: template, comments, quoting, and row errors. */
class BatchFileTest {

  @Test
  void parsesRowsSkippingCommentsAndHonouringQuotes() {
    BatchFile.Parsed parsed = BatchFile.parse("# template comment\n"
        + "unit_code,period,RS.CAP.TOTAL,SG.PROT.NOTE\n"
        + "DC-1,2026-10,12.5,\"Audited, no \"\"findings\"\"\"\r\n");

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.rows()).containsExactly(new BatchFile.Row(3, "DC-1", "2026-10",
        Map.of("RS.CAP.TOTAL", "12.5", "SG.PROT.NOTE", "Audited, no \"findings\"")));
  }

  @Test
  void reportsABadHeaderAndShortRows() {
    assertThat(BatchFile.parse("unit,period,X\n").errors()).extracting(BatchFile.RowError::rule)
        .containsExactly("header");
    assertThat(BatchFile.parse("unit_code,period,X,Y\nDC-1,2026-10,1\n").errors())
        .extracting(BatchFile.RowError::line, BatchFile.RowError::rule)
        .containsExactly(tuple(2, "columns"));
  }

  @Test
  void theTemplateHeaderListsTheDataSetsIndicators() {
    DataSet dataSet = new DataSet("DC", "月报", "Monthly", PeriodType.MONTH, "P10D", "P3D", List.of(), List.of());
    String template = BatchFile.template(dataSet, List.of());

    assertThat(template).startsWith("# 月报 / Monthly (DC, MONTH)").endsWith("unit_code,period\n");
  }
}
