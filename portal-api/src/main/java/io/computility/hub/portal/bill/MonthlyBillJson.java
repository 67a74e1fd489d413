package io.computility.hub.portal.bill;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.computility.hub.workers.billing.cycle.MonthlyBill;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a {@link MonthlyBill} reads in JSON: its components plus {@code payableFen}, what is left to pay net of the
 * credit notes, which the record derives rather than stores (a mix-in, so the workers' record stays free of JSON).
 */
@Configuration(proxyBeanMethods = false)
class MonthlyBillJson {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer monthlyBillPayable() {
    return builder -> builder.mixIn(MonthlyBill.class, Payable.class);
  }

  /** Adds the derived amount to the serialised components. */
  interface Payable {
    @JsonProperty("payableFen")
    long payableFen();
  }
}
