package io.computility.hub.portal.bill;

import java.util.List;

/**
 * A bill laid out for print, already in the reader's language: what {@link BillPdf} draws. Every text is final
 * (labels translated, amounts formatted), so the renderer knows nothing of bills.
 *
 * @param title the heading
 * @param header label and value pairs under the heading (account, period, bill number, status …)
 * @param lines the itemised lines
 * @param totals label and value pairs under the lines
 * @param creditNotes the credit notes, or {@code null} when the kind of bill has none
 */
record BillDocument(String title, List<Field> header, Table lines, List<Field> totals, Table creditNotes) {

  BillDocument {
    header = List.copyOf(header);
    totals = List.copyOf(totals);
  }

  /** A labelled value. */
  record Field(String label, String value) {
  }

  /**
   * A table: a caption, column headings with their share of the width, and rows of cells.
   *
   * @param widths each column's share of the page width; they add up to 1
   * @param numeric per column, whether its cells are right-aligned figures
   * @param empty what to print when there are no rows
   */
  record Table(String caption, List<String> columns, List<Float> widths, List<Boolean> numeric,
      List<List<String>> rows, String empty) {

    Table {
      columns = List.copyOf(columns);
      widths = List.copyOf(widths);
      numeric = List.copyOf(numeric);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
