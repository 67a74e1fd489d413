package io.computility.hub.portal.bill;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Draws a {@link BillDocument} as an A4 landscape PDF with PDFBox: heading, header fields, the line table (repeating its
 * column headings on every page), totals and credit notes. Text is set in WenQuanYi Micro Hei, cut to Latin, CJK
 * punctuation and the CJK Unified Ideographs block (see the module README for its licence), embedded as a subset so
 * that Chinese labels and product names show on any reader.
 */
@Component
class BillPdf {

  /** The embedded font, under {@code src/main/resources}. */
  static final String FONT = "fonts/wqy-microhei-cjk.ttf";

  /** A4 landscape: room for the eight columns of the line table. */
  private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float MARGIN = 40;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float TITLE_SIZE = 16;
  private static final float TEXT_SIZE = 9;
  private static final float LEADING = 12;
  private static final float CELL_PAD = 3;
  private static final String MISSING = "?";

  /** The font file, read once: each document still loads (and subsets) a font of its own from these bytes. */
  private final byte[] font;

  BillPdf() {
    try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
      font = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bill font " + FONT, e);
    }
  }

  /** The PDF of {@code document}. */
  byte[] render(BillDocument document) {
    try (PDDocument pdf = new PDDocument()) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(document.title());
      info.setCreator("Computility Hub");
      new Writer(pdf, PDType0Font.load(pdf, new ByteArrayInputStream(font), true)).write(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render bill PDF", e);
    }
  }

  /** Draws one document, page by page, top to bottom. */
  private static final class Writer {

    private final PDDocument pdf;
    private final PDType0Font font;
    /** Widths by character, measured once per document: wrapping asks for them again and again. */
    private final Map<Integer, Float> advances = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    Writer(PDDocument pdf, PDType0Font font) {
      this.pdf = pdf;
      this.font = font;
    }

    void write(BillDocument document) throws IOException {
      newPage();
      try {
        text(document.title(), MARGIN, TITLE_SIZE);
        y -= TITLE_SIZE + 8;
        for (BillDocument.Field field : document.header()) {
          field(field);
        }
        y -= LEADING;
        table(document.lines());
        y -= 4;
        for (BillDocument.Field total : document.totals()) {
          need(LEADING);
          String line = printable(total.label() + "  " + total.value());
          text(line, MARGIN + WIDTH - width(line, TEXT_SIZE + 1), TEXT_SIZE + 1);
          y -= LEADING + 2;
        }
        if (document.creditNotes() != null) {
          y -= LEADING;
          table(document.creditNotes());
        }
      } finally {
        content.close();
      }
    }

    private void field(BillDocument.Field field) throws IOException {
      need(LEADING);
      text(field.label(), MARGIN, TEXT_SIZE);
      text(field.value(), MARGIN + 110, TEXT_SIZE);
      y -= LEADING;
    }

    private void table(BillDocument.Table table) throws IOException {
      need(3 * LEADING);
      text(table.caption(), MARGIN, TEXT_SIZE + 2);
      y -= LEADING + 4;
      List<List<String>> headings = wrap(table, table.columns());
      row(table, headings, true);
      if (table.rows().isEmpty()) {
        need(LEADING);
        text(table.empty(), MARGIN + CELL_PAD, TEXT_SIZE);
        y -= LEADING;
      }
      for (List<String> cells : table.rows()) {
        List<List<String>> wrapped = wrap(table, cells);
        if (y - height(wrapped) * LEADING <= MARGIN) {
          newPage();
          row(table, headings, true);
        }
        row(table, wrapped, false);
      }
    }

    /** Draws one row of cells already wrapped to their columns; a rule under it. */
    private void row(BillDocument.Table table, List<List<String>> wrapped, boolean heading) throws IOException {
      float x = MARGIN;
      for (int column = 0; column < wrapped.size(); column++) {
        float columnWidth = WIDTH * table.widths().get(column);
        boolean right = !heading && table.numeric().get(column);
        float lineY = y;
        for (String part : wrapped.get(column)) {
          float left = right ? x + columnWidth - CELL_PAD - width(part, TEXT_SIZE) : x + CELL_PAD;
          textAt(part, left, lineY, TEXT_SIZE);
          lineY -= LEADING;
        }
        x += columnWidth;
      }
      y -= height(wrapped) * LEADING;
      content.setLineWidth(heading ? 0.8f : 0.3f);
      content.moveTo(MARGIN, y + LEADING - 3);
      content.lineTo(MARGIN + WIDTH, y + LEADING - 3);
      content.stroke();
      y -= 3;
    }

    private static int height(List<List<String>> wrapped) {
      return wrapped.stream().mapToInt(List::size).max().orElse(1);
    }

    private List<List<String>> wrap(BillDocument.Table table, List<String> cells) {
      List<List<String>> wrapped = new ArrayList<>();
      for (int column = 0; column < cells.size(); column++) {
        wrapped.add(wrap(cells.get(column), WIDTH * table.widths().get(column) - 2 * CELL_PAD));
      }
      return wrapped;
    }

    /** Breaks {@code text} into lines no wider than {@code width}, between any two characters (CJK has no spaces). */
    private List<String> wrap(String cell, float width) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      float lineWidth = 0;
      for (int codePoint : printable(cell).codePoints().toArray()) {
        float advance = advance(codePoint) / 1000 * TEXT_SIZE;
        if (lineWidth + advance > width && !line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        line.appendCodePoint(codePoint);
        lineWidth += advance;
      }
      lines.add(line.toString());
      return lines;
    }

    private void need(float height) throws IOException {
      if (y - height < MARGIN) {
        newPage();
      }
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PAGE);
      pdf.addPage(page);
      content = new PDPageContentStream(pdf, page);
      y = PAGE.getHeight() - MARGIN - TITLE_SIZE;
    }

    private void text(String text, float x, float size) throws IOException {
      textAt(printable(text), x, y, size);
    }

    /**
     * {@code text} with every character the font lacks (rare ideographs beyond the basic block, emoji …) shown as
     * {@value #MISSING}.
     */
    private String printable(String text) {
      StringBuilder printable = new StringBuilder(text.length());
      text.codePoints().forEach(codePoint -> printable.append(advance(codePoint) >= 0
          ? Character.toString(codePoint) : MISSING));
      return printable.toString();
    }

    /** A character's width in thousandths of the font size; negative when the font has no glyph for it. */
    private float advance(int codePoint) {
      return advances.computeIfAbsent(codePoint, this::measure);
    }

    private float measure(int codePoint) {
      try {
        return font.getStringWidth(Character.toString(codePoint));
      } catch (IllegalArgumentException | IOException noGlyph) {
        return -1;
      }
    }

    private void textAt(String text, float x, float atY, float size) throws IOException {
      if (text.isEmpty()) {
        return;
      }
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, atY);
      content.showText(text);
      content.endText();
    }

    private float width(String text, float size) {
      return (float) text.codePoints().mapToDouble(this::advance).sum() / 1000 * size;
    }
  }
}
