package io.computility.hub.portal.bill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF renderer alone: Chinese and Latin text survive a round trip, long tables break pages, gaps show. */
class BillPdfTest {

  private final BillPdf pdf = new BillPdf();

  @Test
  void chineseAndLatinTextIsEmbeddedAndExtractable() throws IOException {
    byte[] rendered = pdf.render(document(List.of(List.of("order-1", "智算 GPU 卡", "12.50"))));
    assertThat(rendered.length).as("only the glyphs used are embedded, not the 3 MB font").isLessThan(100_000);

    try (PDDocument document = Loader.loadPDF(rendered)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("月度账单 Monthly bill", "账户", "acct-7", "智算 GPU 卡", "12.50", "无 none")
          .containsPattern("应付\\s+12\\.50");
      PDFont font = document.getPage(0).getResources().getFont(
          document.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).as("the CJK font travels with the file").isTrue();
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("月度账单 Monthly bill");
    }
  }

  @Test
  void aLongTableContinuesOnFurtherPagesWithItsHeadings() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      rows.add(List.of("order-" + i, "产品 " + i, i + ".00"));
    }

    try (PDDocument document = Loader.loadPDF(pdf.render(document(rows)))) {
      assertThat(document.getNumberOfPages()).isGreaterThan(2);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        PDFTextStripper onePage = new PDFTextStripper();
        onePage.setStartPage(page);
        onePage.setEndPage(page);
        String text = onePage.getText(document);
        if (text.contains("order-")) {
          assertThat(text).as("page %d repeats the column headings", page).contains("订单", "产品名称", "金额");
        }
      }
      assertThat(new PDFTextStripper().getText(document)).contains("order-120", "产品 120", "120.00");
    }
  }

  @Test
  void charactersTheFontLacksShowAsQuestionMarksInsteadOfFailing() throws IOException {
    byte[] rendered = pdf.render(document(List.of(List.of("order-😀", "𠀀 tool", "1.00"))));

    try (PDDocument document = Loader.loadPDF(rendered)) {
      assertThat(new PDFTextStripper().getText(document)).contains("order-?", "? tool");
    }
  }

  private static BillDocument document(List<List<String>> rows) {
    BillDocument.Table lines = new BillDocument.Table("明细 Lines", List.of("订单", "产品名称", "金额"),
        List.of(0.3f, 0.5f, 0.2f), List.of(false, false, true), rows, "无 none");
    BillDocument.Table notes = new BillDocument.Table("贷记单", List.of("编号", "金额"), List.of(0.5f, 0.5f),
        List.of(false, true), List.of(), "无 none");
    String payable = rows.get(0).get(2);
    return new BillDocument("月度账单 Monthly bill", List.of(new BillDocument.Field("账户", "acct-7")), lines,
        List.of(new BillDocument.Field("应付", payable)), notes);
  }
}
