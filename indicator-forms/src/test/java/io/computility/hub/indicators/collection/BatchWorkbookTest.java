package io.computility.hub.indicators.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.indicators.catalogue.Aggregation;
import io.computility.hub.indicators.catalogue.Indicator;
import io.computility.hub.indicators.catalogue.IndicatorStatus;
import io.computility.hub.indicators.catalogue.ValueType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX template round-trips: filled in by a reporter, it parses like the CSV format. */
class BatchWorkbookTest {

  private final DataSet dataSet = new DataSet("DC", "月报", "Monthly", PeriodType.MONTH, "P10D", "P3D", List.of(),
      List.of());
  private final List<Indicator> indicators = List.of(
      new Indicator("RS.CAP.TOTAL", "RS.CAP", 3, "算力总规模", "Total computility", null, null, "EFLOPS",
          ValueType.NUMBER, Aggregation.LAST, null, BigDecimal.ZERO, new BigDecimal("100000"), null,
          IndicatorStatus.ACTIVE, 1),
      new Indicator("CI.DC.RACKS", "CI.DC", 3, "标准机架数", "Standard racks", null, null, "架",
          ValueType.COUNT, Aggregation.LAST, null, BigDecimal.ZERO, null, null, IndicatorStatus.ACTIVE, 2));

  @Test
  void aFilledInTemplateParsesIntoRows() throws Exception {
    byte[] template = BatchWorkbook.template(dataSet, indicators);
    byte[] filled;
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      assertThat(workbook.getSheet(BatchWorkbook.GUIDE).getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("算力总规模");
      Row row = workbook.getSheet(BatchWorkbook.DATA).createRow(1);
      row.createCell(0).setCellValue("DC-1");
      row.createCell(1).setCellValue("2026-10");
      row.createCell(2).setCellValue(12.5);
      row.createCell(3).setCellValue(120);
      workbook.write(out);
      filled = out.toByteArray();
    }

    BatchFile.Parsed parsed = BatchFile.parse(BatchWorkbook.lines(new ByteArrayInputStream(filled)));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.rows()).containsExactly(new BatchFile.Row(2, "DC-1", "2026-10",
        Map.of("RS.CAP.TOTAL", "12.5", "CI.DC.RACKS", "120")));
  }
}
