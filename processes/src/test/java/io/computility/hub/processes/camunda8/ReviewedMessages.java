package io.computility.hub.processes.camunda8;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The converter messages above INFO that the hub has reviewed and accepts, from a tab-separated file: one
 * entry a line as {@code model<TAB>element id<TAB>message id<TAB>why it is fine}; {@code *} as model or
 * element id matches any; blank lines and lines starting with {@code #} are comments. An entry without a
 * reason is refused, so nothing is accepted unexplained.
 */
record ReviewedMessages(Set<String> entries) {

  static ReviewedMessages read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static ReviewedMessages parse(List<String> lines) {
    Set<String> entries = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != 4 || fields[3].isBlank()) {
        throw new IllegalArgumentException("Line " + (i + 1) + " of the reviewed messages needs four "
            + "tab-separated fields, the last the reason it is fine: " + line);
      }
      entries.add(key(fields[0].strip(), fields[1].strip(), fields[2].strip()));
    }
    return new ReviewedMessages(Set.copyOf(entries));
  }

  boolean covers(String model, String elementId, String messageId) {
    return entries.contains(key(model, elementId, messageId)) || entries.contains(key("*", elementId, messageId))
        || entries.contains(key(model, "*", messageId)) || entries.contains(key("*", "*", messageId));
  }

  private static String key(String model, String elementId, String messageId) {
    return model + "\t" + elementId + "\t" + messageId;
  }
}
