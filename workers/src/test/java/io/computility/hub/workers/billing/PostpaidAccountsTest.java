package io.computility.hub.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.computility.hub.workers.WorkersTestApplication;
import io.computility.hub.workers.wallet.WalletProblem;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = WorkersTestApplication.class)
class PostpaidAccountsTest {

  @Autowired PostpaidAccounts accounts;

  String owner;

  @BeforeEach
  void newCustomer() {
    owner = "enterprise-" + UUID.randomUUID();
  }

  @Test
  void theConfiguredDefaultLimitAppliesUntilAnOperatorSetsOne() {
    assertThat(accounts.creditLimit(owner)).isEqualTo(100_000);

    accounts.setCreditLimit(owner, 5_000, "operator");
    assertThat(accounts.creditLimit(owner)).isEqualTo(5_000);
    accounts.setCreditLimit(owner, 7_000, "operator");
    assertThat(accounts.creditLimit(owner)).isEqualTo(7_000);
    assertThatThrownBy(() -> accounts.setCreditLimit(owner, -1, "operator"))
        .isInstanceOf(BillingProblem.Invalid.class);
  }

  @Test
  void anOrderIsRefusedWhenOwedPlusItsEstimateExceedsTheLimit() {
    accounts.setCreditLimit(owner, 10_000, "operator");
    accounts.post(owner, 6_000, "order-1", "post:order-1");
    accounts.post(owner, 6_000, "order-1", "post:order-1");
    assertThat(accounts.outstanding(owner)).isEqualTo(6_000);

    assertThatCode(() -> accounts.authorise(owner, 4_000, "order-2")).doesNotThrowAnyException();
    assertThatThrownBy(() -> accounts.authorise(owner, 4_001, "order-3"))
        .isInstanceOfSatisfying(BillingProblem.CreditLimitExceeded.class, problem -> {
          assertThat(problem.code()).isEqualTo("CREDIT_LIMIT_EXCEEDED");
          assertThat(problem.getBody().getProperties()).containsEntry("field", "amount")
              .containsEntry("creditLimit", 10_000L).containsEntry("outstanding", 6_000L)
              .containsEntry("requested", 4_001L).containsEntry("reference", "order-3");
        });
  }

  @Test
  void aPaymentReducesWhatIsOwedButNeverBelowZero() {
    accounts.post(owner, 3_000, "order-1", "post:order-1");

    accounts.receivePayment(owner, 2_000, "bank-transfer-1", "pay-1");
    accounts.receivePayment(owner, 2_000, "bank-transfer-1", "pay-1");

    assertThat(accounts.outstanding(owner)).isEqualTo(1_000);
    assertThatThrownBy(() -> accounts.receivePayment(owner, 1_001, "bank-transfer-2", "pay-2"))
        .isInstanceOfSatisfying(WalletProblem.class,
            problem -> assertThat(problem.code()).isEqualTo("PAYMENT_EXCEEDS_OUTSTANDING"));
    assertThat(accounts.outstanding(owner)).isEqualTo(1_000);
  }
}
