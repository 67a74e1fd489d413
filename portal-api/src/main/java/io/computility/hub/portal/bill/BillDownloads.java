package io.computility.hub.portal.bill;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Exported bills as attachments, named after the bill. */
final class BillDownloads {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private BillDownloads() {
  }

  static ResponseEntity<byte[]> csv(String name, byte[] body) {
    return attachment(name + ".csv", CSV, body);
  }

  static ResponseEntity<byte[]> pdf(String name, byte[] body) {
    return attachment(name + ".pdf", MediaType.APPLICATION_PDF, body);
  }

  private static ResponseEntity<byte[]> attachment(String filename, MediaType type, byte[] body) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }
}
