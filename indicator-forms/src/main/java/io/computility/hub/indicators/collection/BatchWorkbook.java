package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.catalogue.Indicator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX form of a batch: sheet {@value #DATA} holds the same header and rows as the CSV format, sheet
 * {@value #GUIDE} describes the indicators. Pure (Apache POI, no Spring).
 */
public final class BatchWorkbook {

  /** The sheet with the header and the rows. */
  public static final String DATA = "data";
  /** The sheet describing each column. */
  public static final String GUIDE = "indicators";

  private BatchWorkbook() {
  }

  /** The XLSX template of a data set. */
  public static byte[] template(DataSet dataSet, List<Indicator> indicators) {
    try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Row header = workbook.createSheet(DATA).createRow(0);
      List<String> columns = new ArrayList<>(BatchFile.KEY_COLUMNS);
      indicators.forEach(indicator -> columns.add(indicator.code()));
      for (int i = 0; i < columns.size(); i++) {
        header.createCell(i).setCellValue(columns.get(i));
      }
      Sheet guide = workbook.createSheet(GUIDE);
      write(guide.createRow(0), "code", "名称", "name", "unit", "min", "max", "choices");
      for (int i = 0; i < indicators.size(); i++) {
        Indicator indicator = indicators.get(i);
        write(guide.createRow(i + 1), indicator.code(), indicator.nameZh(), indicator.nameEn(),
            text(indicator.unit()), text(indicator.minValue()), text(indicator.maxValue()),
            String.join(",", indicator.choiceList()));
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads sheet {@value #DATA} (or the first sheet) as lines of fields, cells formatted as displayed. */
  public static List<List<String>> lines(InputStream xlsx) throws IOException {
    try (Workbook workbook = new XSSFWorkbook(xlsx)) {
      Sheet sheet = workbook.getSheet(DATA) != null ? workbook.getSheet(DATA) : workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<List<String>> lines = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> fields = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            fields.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
          }
        }
        lines.add(fields);
      }
      return lines;
    }
  }

  private static void write(Row row, String... values) {
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
