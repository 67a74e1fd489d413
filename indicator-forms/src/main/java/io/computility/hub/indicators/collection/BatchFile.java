package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.catalogue.Indicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV batch format of a data set: {@code #} comment lines, then a header {@code unit_code,period,<indicator
 * codes…>}, then one row per unit and period. Fields may be quoted with {@code "}; a doubled quote is a quote.
 * Pure: parsing and the template need no Spring.
 */
public final class BatchFile {

  /** The first two columns of every row. */
  public static final List<String> KEY_COLUMNS = List.of("unit_code", "period");

  private BatchFile() {
  }

  /** One data row: its line number in the file, the unit, the period and the values by indicator code. */
  public record Row(int line, String unitCode, String period, Map<String, String> values) {
  }

  /** A problem with one row (line 0: the file as a whole). */
  public record RowError(int line, String unitCode, String indicator, String rule, String message) {
  }

  /** The parsed rows, or the errors that make the file unreadable. */
  public record Parsed(List<Row> rows, List<RowError> errors) {
  }

  /** The template of a data set: bilingual names as comments, the header, and an example row. */
  public static String template(DataSet dataSet, List<Indicator> indicators) {
    StringBuilder csv = new StringBuilder();
    csv.append("# ").append(dataSet.nameZh()).append(" / ").append(dataSet.nameEn()).append(" (")
        .append(dataSet.code()).append(", ").append(dataSet.periodType()).append(")\n");
    for (Indicator indicator : indicators) {
      csv.append("# ").append(indicator.code()).append(": ").append(indicator.label())
          .append(indicator.unit() == null ? "" : " [" + indicator.unit() + "]")
          .append(indicator.choiceList().isEmpty() ? "" : " " + indicator.choiceList()).append('\n');
    }
    List<String> header = new ArrayList<>(KEY_COLUMNS);
    indicators.forEach(indicator -> header.add(indicator.code()));
    csv.append(String.join(",", header)).append('\n');
    return csv.toString();
  }

  /** Parses a CSV batch file; a missing or wrong header is a file error, short rows are row errors. */
  public static Parsed parse(String content) {
    List<List<String>> lines = new ArrayList<>();
    for (String line : content.replace("\r\n", "\n").split("\n", -1)) {
      lines.add(line.isBlank() || line.startsWith("#") ? List.of() : fields(line));
    }
    return parse(lines);
  }

  /**
   * Parses a batch given as lines of fields (line {@code i} of the list is line {@code i + 1} of the file); empty
   * lines are skipped. CSV and XLSX files both come down to this.
   */
  public static Parsed parse(List<List<String>> lines) {
    List<Row> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    List<String> header = null;
    for (int i = 0; i < lines.size(); i++) {
      List<String> fields = lines.get(i);
      int number = i + 1;
      if (fields.isEmpty() || fields.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (header == null) {
        header = fields;
        if (header.size() < 3 || !header.subList(0, 2).equals(KEY_COLUMNS)) {
          errors.add(new RowError(number, null, null, "header", "The header must start with unit_code,period"
              + " followed by indicator codes / 表头格式错误"));
          return new Parsed(List.of(), errors);
        }
        continue;
      }
      if (fields.size() != header.size()) {
        errors.add(new RowError(number, fields.get(0), null, "columns", "Expected " + header.size()
            + " columns, found " + fields.size() + " / 列数不符"));
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int column = 2; column < header.size(); column++) {
        values.put(header.get(column), fields.get(column));
      }
      rows.add(new Row(number, fields.get(0), fields.get(1), values));
    }
    if (header == null) {
      errors.add(new RowError(0, null, null, "header", "The file has no header / 文件缺少表头"));
    }
    return new Parsed(rows, errors);
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString().strip());
    return fields;
  }
}
