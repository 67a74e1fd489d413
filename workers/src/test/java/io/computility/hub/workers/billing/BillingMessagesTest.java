package io.computility.hub.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.hub.workers.billing.coupon.CouponProblem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Bill-line reasons and billing problems read in both languages. */
class BillingMessagesTest {

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (var in = new InputStreamReader(Objects.requireNonNull(
        BillingMessagesTest.class.getClassLoader().getResourceAsStream("i18n/" + name)), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  @Test
  void everyLineKindHasAReasonInBothLanguages() throws IOException {
    for (String language : new String[] {"workers_en.properties", "workers_zh_CN.properties"}) {
      Properties messages = bundle(language);
      for (BillLine.Kind kind : BillLine.Kind.values()) {
        BillLine line = new BillLine(1, kind, null, BigDecimal.ONE, "", 0, 0, "GOLD-50");
        String reason = messages.getProperty(line.reasonCode());
        assertThat(reason).as(language + " " + kind).isNotBlank();
        assertThat(new MessageFormat(reason, Locale.ROOT).format(new Object[] {line.reference()}))
            .doesNotContain("{");
      }
    }
  }

  @Test
  void everyCouponAndBillingProblemHasATitleInBothLanguages() throws IOException {
    for (String language : new String[] {"workers_en.properties", "workers_zh_CN.properties"}) {
      Properties messages = bundle(language);
      for (Class<?> problem : CouponProblem.class.getPermittedSubclasses()) {
        assertThat(messages.getProperty("problemDetail.title." + problem.getName())).as(language + " " + problem)
            .isNotBlank();
        assertThat(messages.getProperty("problemDetail." + problem.getName())).isNotBlank();
      }
      for (Class<?> problem : BillingProblem.class.getPermittedSubclasses()) {
        assertThat(messages.getProperty("problemDetail.title." + problem.getName())).as(language + " " + problem)
            .isNotBlank();
      }
    }
  }
}
