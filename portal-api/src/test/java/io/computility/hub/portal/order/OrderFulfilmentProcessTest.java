package io.computility.hub.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.computility.hub.PortalTestApplication;
import io.computility.hub.camel.adapter.AllocationState;
import io.computility.hub.camel.adapter.AllocationStates;
import io.computility.hub.camel.directory.LivePoolDirectory;
import io.computility.hub.camel.resource.Health;
import io.computility.hub.camel.resource.Measurement;
import io.computility.hub.camel.resource.ResourceInventory;
import io.computility.hub.camel.resource.ResourcePool;
import io.computility.hub.portal.TestClock;
import io.computility.hub.portal.demand.Demand;
import io.computility.hub.portal.demand.DemandDraft;
import io.computility.hub.portal.demand.DemandProblem;
import io.computility.hub.portal.demand.DemandStatus;
import io.computility.hub.portal.demand.Demands;
import io.computility.hub.portal.demand.Offer;
import io.computility.hub.portal.demand.PaymentMode;
import io.computility.hub.workers.billing.Bill;
import io.computility.hub.workers.billing.Bills;
import io.computility.hub.workers.billing.PostpaidAccounts;
import io.computility.hub.workers.metering.Meter;
import io.computility.hub.workers.metering.SampleOutcome;
import io.computility.hub.workers.metering.UsageMeter;
import io.computility.hub.workers.metering.UsageReader;
import io.computility.hub.workers.metering.UsageRecord;
import io.computility.hub.workers.placement.CapacityReservations;
import io.computility.hub.workers.placement.PlacementEngine;
import io.computility.hub.workers.placement.PlacementPolicy;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.optimisation.MigrationProposal;
import io.computility.hub.workers.placement.optimisation.PlacementOptimiser;
import io.computility.hub.workers.placement.optimisation.RunningPlacement;
import io.computility.hub.workers.placement.optimisation.RunningPlacements;
import io.computility.hub.workers.placement.policy.PlacementPolicies;
import io.computility.hub.workers.placement.policy.PolicyDefinition;
import io.computility.hub.workers.wallet.Hold;
import io.computility.hub.workers.wallet.WalletBalance;
import io.computility.hub.workers.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The {@code order-fulfilment} process with every participant real: demands and orders, placement and capacity,
 * wallet, metering, billing and settlement, and the simulated providers behind the resource layer's gateway. The
 * tests hold the clock and fire the engine's timers themselves, so every number is exact.
 */
@SpringBootTest(classes = PortalTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderFulfilmentProcessTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /**
   * Four GPU pools at three providers in these regions: Beijing (A800 servers), Guizhou (Ascend 910C servers) and
   * Gansu (Kunlun R200 and MLU590 cards).
   */
  private static final Set<String> REGIONS = Set.of("110000", "520000", "620000");
  private static final List<String> PROVIDERS = List.of("sim-bj-cloud", "sim-gz-cloud", "sim-gs-k8s");
  private static final long TOP_UP = 1_000_000;

  @Autowired Demands demands;
  @Autowired Orders orders;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired Wallets wallets;
  @Autowired PostpaidAccounts postpaid;
  @Autowired CapacityReservations reservations;
  @Autowired Bills bills;
  @Autowired UsageMeter usageMeter;
  @Autowired UsageReader usageReader;
  @Autowired AllocationStates allocations;
  @Autowired ResourceInventory inventory;
  @Autowired Measurement measurement;
  @Autowired TestClock clock;
  @Autowired OrderMigrations migrations;
  @Autowired RunningPlacements runningPlacements;
  @Autowired PlacementEngine placementEngine;
  @Autowired LivePoolDirectory liveDirectory;
  @Autowired PlacementPolicies policies;
  @LocalServerPort int port;

  private String consumer;

  @BeforeEach
  void simulatedProvidersAreOnboardedAndTimeStands() {
    await().atMost(Duration.ofMinutes(3)).until(() -> PROVIDERS.stream().allMatch(provider ->
        inventory.listedProducts().stream().anyMatch(product -> product.poolId().startsWith(provider + ":"))
            && inventory.pools().stream().filter(pool -> pool.providerId().equals(provider))
                .allMatch(pool -> reservations.available(pool.id()) != null)));
    clock.freeze();
    consumer = "consumer-" + UUID.randomUUID();
    wallets.topUp(consumer, TOP_UP, "bank transfer", "top-up-" + consumer);
  }

  @AfterEach
  void healProviders() {
    PROVIDERS.forEach(provider -> simulator().delete().uri("/simulator/{provider}/_faults", provider).retrieve()
        .toBodilessEntity());
  }

  @Test
  void prepaidGpuDemandRunsFromPublicationToSettlementWithEveryNumberAccountedFor() {
    long payableBefore;
    long revenueBefore = wallets.platformRevenue();

    // Given a published demand for one GPU unit for two hours, confirmed by the consumer
    Demand demand = demands.publish(consumer, gpuDemand(120, false), null);
    ProcessInstance process = processOf(demand);
    awaitConfirmable(demand);
    Offer top = demands.offers(consumer, demand.id()).get(0);
    ResourcePool pool = inventory.pool(top.poolId()).orElseThrow();
    long price = pool.priceFenPerUnitHour();
    int cards = measurement.accelerators(pool.spec());
    assertThat(top.estimatedCostFen()).isEqualTo(2 * price);
    CapacityReservations.Reservation reserved = reservations.find(demand.id());
    assertThat(reserved.poolId()).isEqualTo(top.poolId());
    assertThat(reserved.units()).isEqualTo(1);
    assertThat(reserved.state()).isEqualTo("RESERVED");
    payableBefore = wallets.providerPayable(top.providerId());

    demands.confirm(consumer, demand.id(), top.poolId());

    // Then the estimate is held on the wallet and the provider is asked for the resources
    Order order = awaitPaidOrder(demand);
    assertThat(order.poolId()).isEqualTo(top.poolId());
    assertThat(order.estimatedCostFen()).isEqualTo(2 * price);
    assertThat(wallets.balance(consumer)).isEqualTo(new WalletBalance(consumer, TOP_UP - 2 * price, 2 * price, "CNY"));
    assertThat(demands.find(consumer, demand.id()).status()).isEqualTo(DemandStatus.ORDERED);

    // When the allocation becomes active and runs for 30 + 30 minutes, then the consumer releases it 15 minutes on
    provision(process);
    sample(process);
    sample(process);
    clock.advance(Duration.ofMinutes(15));
    orders.release(consumer, order.id(), consumer);
    awaitEnded(process);

    // Then usage was recorded per sample period, in GPU-hours of the pool's cards
    order = orders.find(consumer, order.id());
    assertThat(order.status()).isEqualTo(OrderStatus.SETTLED);
    assertThat(order.releaseReason()).isEqualTo("USER");
    assertThat(usageMeter.records(order.id())).filteredOn(r -> r.meter() == Meter.GPU_HOURS)
        .extracting(UsageRecord::quantity).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(hours(0.5 * cards), hours(0.5 * cards), hours(0.25 * cards));
    // and billed at the product's price: 1.25 unit-hours
    long total = price * 5 / 4;
    Bill bill = bills.forOrder(order.id()).orElseThrow();
    assertThat(bill.totalFen()).isEqualTo(total);
    assertThat(bill.lines()).filteredOn(line -> line.amountFen() != 0).singleElement().satisfies(line -> {
      assertThat(line.meter()).isEqualTo(Meter.GPU_HOURS);
      // priced per unit-hour, i.e. per bundle of the cards of one unit: the listed price, never rounded per card
      assertThat(line.quantity()).isEqualByComparingTo("1.25");
      assertThat(line.unitPriceFen()).isEqualTo(price);
      assertThat(line.amountFen()).isEqualTo(total);
    });
    assertThat(order.billId()).isEqualTo(bill.billId());
    assertThat(order.billTotalFen()).isEqualTo(total);
    // and settled: the hold captured for the bill, 10 % platform fee, the rest owed to the provider
    long fee = Math.round(total * 0.1);
    assertThat(bill.collectedFen()).isEqualTo(total);
    assertThat(bill.platformFeeFen()).isEqualTo(fee);
    assertThat(bill.providerShareFen()).isEqualTo(total - fee);
    assertThat(wallets.providerPayable(top.providerId()) - payableBefore).isEqualTo(total - fee);
    assertThat(wallets.platformRevenue() - revenueBefore).isEqualTo(fee);
    Hold hold = wallets.hold(order.holdId());
    assertThat(hold.status()).isEqualTo(Hold.Status.CAPTURED);
    assertThat(hold.capturedAmount()).isEqualTo(total);
    assertThat(wallets.balance(consumer)).isEqualTo(new WalletBalance(consumer, TOP_UP - total, 0, "CNY"));
    // and the capacity went back, the allocation is released, the order went through every status once
    assertThat(reservations.find(demand.id()).state()).isEqualTo("RELEASED");
    assertThat(allocations.find(order.allocationId()).orElseThrow().state()).isEqualTo(AllocationState.RELEASED);
    assertThat(orders.statusHistory(consumer, order.id())).containsExactly(OrderStatus.CREATED,
        OrderStatus.PAYMENT_AUTHORISED, OrderStatus.PROVISIONING, OrderStatus.RUNNING, OrderStatus.RELEASING,
        OrderStatus.BILLED, OrderStatus.SETTLED);
    OrderSteps steps = orders.steps(consumer, order.id());
    assertThat(steps.current()).isEmpty();
    assertThat(steps.history()).extracting(OrderSteps.Step::activityId).containsSubsequence("placeDemand",
        "reserveTopOffer", "offerConfirmed", "createOrder", "authorisePayment", "provisionResources",
        "resourcesActive", "meterUsage", "meterUsage", "releaseRequested", "meterFinalUsage",
        "releaseResources", "rateAndBill", "settleOrder", "orderSettled");
    assertThat(steps.history()).allSatisfy(step -> assertThat(step.name()).isNotBlank());
  }

  @Test
  void demandExpiresAndItsReservationIsReleasedWhenNoOfferIsConfirmedInTime() {
    // Given a demand waiting for the consumer to confirm an offer
    Demand demand = demands.publish(consumer, gpuDemand(60, false), null);
    ProcessInstance process = processOf(demand);
    awaitDemand(demand, DemandStatus.AWAITING_CONFIRMATION);
    String pool = reservations.find(demand.id()).poolId();
    long available = reservations.available(pool);

    // When the confirmation window passes
    clock.advance(Duration.ofMinutes(30));
    fire(process, "confirmationTimedOut");

    // Then the reservation is released, the demand expired, and nothing was ordered or held
    awaitEnded(process);
    assertThat(reservations.find(demand.id()).state()).isEqualTo("RELEASED");
    assertThat(reservations.available(pool)).isEqualTo(available + 1);
    assertThat(demands.find(consumer, demand.id()).status()).isEqualTo(DemandStatus.EXPIRED);
    assertThat(orders.forDemand(consumer, demand.id())).isEmpty();
    assertThat(wallets.balance(consumer).held()).isZero();
    assertThat(passed(process)).endsWith("confirmationTimedOut", "releaseExpiredReservation", "markDemandExpired",
        "demandExpired");
    // and a confirmation now is refused
    assertThatThrownBy(() -> demands.confirm(consumer, demand.id(), pool))
        .isInstanceOf(DemandProblem.NotAwaitingConfirmation.class);
  }

  @Test
  void providerFailureMovesTheOrderToTheNextCandidateUnderAReservationOfItsOwn() {
    // Given the top candidate's provider fails what it provisions
    Demand demand = demands.publish(consumer, gpuDemand(60, true), null);
    ProcessInstance process = processOf(demand);
    List<Offer> offers = awaitOffers(demand);
    String failing = offers.get(0).providerId();
    fault(failing, Map.of("provisioningFailure", true));
    int next = 1;
    while (offers.get(next).providerId().equals(failing)) {
      next++;
    }
    Offer taken = offers.get(next);

    // When the attempts at that provider fail, and the one at the next provider becomes active
    takeTopOffer(demand, offers);
    Order first = awaitPaidOrder(demand);
    provision(process);

    // Then the order runs on that candidate under a reservation of its own; the failed attempts gave theirs back
    Order order = orders.find(consumer, first.id());
    int attempt = next + 1;
    assertThat(order.status()).isEqualTo(OrderStatus.RUNNING);
    assertThat(order.attempt()).isEqualTo(attempt);
    assertThat(order.poolId()).isEqualTo(taken.poolId());
    assertThat(order.providerId()).isEqualTo(taken.providerId());
    assertThat(reservations.find(demand.id()).state()).isEqualTo("RELEASED");
    for (int failed = 2; failed < attempt; failed++) {
      assertThat(reservations.find(demand.id() + "#" + failed).state()).isEqualTo("RELEASED");
    }
    CapacityReservations.Reservation held = reservations.find(demand.id() + "#" + attempt);
    assertThat(held.poolId()).isEqualTo(taken.poolId());
    assertThat(held.state()).isEqualTo("RESERVED");
    assertThat(passed(process).stream().filter("tryNextCandidate"::equals)).hasSize(next);

    // and it is released and settled as usual
    orders.release(consumer, order.id(), consumer);
    awaitEnded(process);
    assertThat(orders.find(consumer, order.id()).status()).isEqualTo(OrderStatus.SETTLED);
    assertThat(reservations.find(demand.id() + "#" + attempt).state()).isEqualTo("RELEASED");
  }

  @Test
  void aProviderTooSlowToReportIsGivenUpAndTheNextCandidateTried() {
    // Given a demand for the two providers whose servers take a minute to build
    Demand demand = demands.publish(consumer, new DemandDraft(ResourceKind.INTELLIGENT_GPU, 1, 60, null,
        Set.of("110000", "520000"), Set.of(), null, 0, 0, null, null, false, true, PaymentMode.PREPAID), null);
    ProcessInstance process = processOf(demand);
    List<Offer> offers = awaitOffers(demand);
    takeTopOffer(demand, offers);
    Order first = awaitPaidOrder(demand);
    awaitJob(process, "pollIntervalElapsed");
    String slowAllocation = orders.find(consumer, first.id()).allocationId();

    // When the provisioning timeout passes without the process hearing from the provider
    clock.advance(Duration.ofMinutes(10));
    fire(process, "providerTooSlow");
    provision(process);

    // Then the slow allocation and its reservation were given back and the order runs at the next candidate
    Order order = orders.find(consumer, first.id());
    assertThat(order.status()).isEqualTo(OrderStatus.RUNNING);
    assertThat(order.attempt()).isEqualTo(2);
    assertThat(order.poolId()).isEqualTo(offers.get(1).poolId());
    assertThat(allocations.find(slowAllocation).orElseThrow().state()).isEqualTo(AllocationState.RELEASED);
    assertThat(reservations.find(demand.id()).state()).isEqualTo("RELEASED");
    assertThat(passed(process)).containsSubsequence("provisionResources", "providerTooSlow", "tryNextCandidate",
        "provisionResources", "checkProvisioningStatus", "resourcesActive");
    orders.release(consumer, order.id(), consumer);
    awaitEnded(process);
    assertThat(orders.find(consumer, order.id()).status()).isEqualTo(OrderStatus.SETTLED);
  }

  @Test
  void whenEveryCandidateFailsTheHoldIsVoidedInFullAndTheCapacityReleased() {
    // Given every candidate's provider fails what it provisions
    PROVIDERS.forEach(provider -> fault(provider, Map.of("provisioningFailure", true)));
    Demand demand = demands.publish(consumer, gpuDemand(60, true), null);
    ProcessInstance process = processOf(demand);
    List<Offer> offers = awaitOffers(demand);
    assertThat(offers).hasSize(4);

    // When each of the three attempts allowed (hub.orders.max-provisioning-attempts) fails
    takeTopOffer(demand, offers);
    Order order = awaitPaidOrder(demand);
    provision(process);

    // Then the order failed, the hold went back in full, and no reservation is held
    awaitEnded(process);
    order = orders.find(consumer, order.id());
    assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(order.attempt()).isEqualTo(3);
    assertThat(wallets.hold(order.holdId()).status()).isEqualTo(Hold.Status.VOIDED);
    assertThat(wallets.balance(consumer)).isEqualTo(new WalletBalance(consumer, TOP_UP, 0, "CNY"));
    assertThat(List.of(demand.id(), demand.id() + "#2", demand.id() + "#3"))
        .allSatisfy(key -> assertThat(reservations.find(key).state()).isEqualTo("RELEASED"));
    assertThat(bills.forOrder(order.id())).isEmpty();
    assertThat(passed(process)).containsSubsequence("tryNextCandidate", "tryNextCandidate", "tryNextCandidate",
        "noMoreCandidates", "voidHold", "releaseFailedReservation", "markOrderFailed", "orderFailed");
  }

  @Test
  void exhaustedBalanceIsWarnedOnceThenReleasesAndBillsWhatWasUsed() {
    // Given a six-hour order whose consumer holds no more than its estimate, at a provider metering 10 % more
    String lean = "consumer-" + UUID.randomUUID();
    Demand demand = demands.publish(lean, gpuDemand(360, false), null);
    ProcessInstance process = processOf(demand);
    awaitConfirmable(demand);
    Offer top = demands.offers(lean, demand.id()).get(0);
    long price = inventory.pool(top.poolId()).orElseThrow().priceFenPerUnitHour();
    assertThat(top.estimatedCostFen()).isEqualTo(6 * price);
    wallets.topUp(lean, top.estimatedCostFen(), "bank transfer", "top-up-" + lean);
    fault(top.providerId(), Map.of("usageMultiplier", 1.1));
    demands.confirm(lean, demand.id(), top.poolId());
    Order created = await().atMost(TIMEOUT).until(() -> orders.forDemand(lean, demand.id()).orElse(null),
        order -> order != null && order.status().compareTo(OrderStatus.PROVISIONING) >= 0);
    provision(process);

    // When it is sampled every 30 minutes: LOW at 4.5 and 5 h (4.95 and 5.5 of 6 unit-hours), EXHAUSTED at 5.5 h
    for (int sample = 1; sample <= 11; sample++) {
      sample(process);
    }

    // Then the consumer was warned once, the resources released for the balance, and what was used billed
    awaitEnded(process);
    Order order = orders.find(lean, created.id());
    assertThat(order.status()).isEqualTo(OrderStatus.SETTLED);
    assertThat(order.releaseReason()).isEqualTo("BALANCE_EXHAUSTED");
    List<Notification> warnings = orders.notifications(lean, 10, Locale.ENGLISH);
    assertThat(warnings).singleElement().satisfies(warning -> {
      assertThat(warning.kind()).isEqualTo("LOW_BALANCE");
      assertThat(warning.orderId()).isEqualTo(order.id());
      assertThat(warning.message()).contains(order.id()).contains("balance");
    });
    assertThat(orders.notifications(lean, 10, Locale.SIMPLIFIED_CHINESE).get(0).message()).contains("余额");
    List<String> passed = passed(process);
    assertThat(passed.stream().filter("meterUsage"::equals)).hasSize(11);
    assertThat(passed.stream().filter("warnLowBalance"::equals)).hasSize(1);
    long total = Math.round(price * 6.05);
    Bill bill = bills.forOrder(order.id()).orElseThrow();
    assertThat(bill.totalFen()).isEqualTo(total);
    assertThat(bill.collectedFen()).isEqualTo(6 * price);
    assertThat(bill.unpaidFen()).isEqualTo(total - 6 * price);
    assertThat(wallets.balance(lean)).isEqualTo(new WalletBalance(lean, 0, 0, "CNY"));
  }

  @Test
  void anOrderTheWalletCannotCoverIsCancelledAndItsCapacityReleased() {
    // Given a consumer whose wallet is empty
    String broke = "consumer-" + UUID.randomUUID();
    Demand demand = demands.publish(broke, gpuDemand(60, true), null);
    ProcessInstance process = processOf(demand);
    List<Offer> offers = awaitOffers(demand);
    long available = reservations.available(offers.get(0).poolId());

    // When the order is placed
    takeTopOffer(demand, offers);

    // Then the payment is refused: nothing held, the order cancelled, the capacity back
    awaitEnded(process);
    Order order = orders.forDemand(broke, demand.id()).orElseThrow();
    assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.holdId()).isNull();
    assertThat(wallets.balance(broke).held()).isZero();
    assertThat(reservations.find(demand.id()).state()).isEqualTo("RELEASED");
    assertThat(reservations.available(offers.get(0).poolId())).isEqualTo(available + 1);
    assertThat(passed(process)).containsSubsequence("authorisePayment", "insufficientBalance", "orderCannotStart",
        "releaseUnstartedReservation", "markOrderCancelled", "orderCancelled");
  }

  @Test
  void aPostpaidOrderIsChargedToTheConsumersAccount() {
    // Given a postpaid consumer's one-hour order
    String account = "consumer-" + UUID.randomUUID();
    Demand demand = demands.publish(account, new DemandDraft(ResourceKind.INTELLIGENT_GPU, 1, 60, null, REGIONS,
        Set.of(), null, 0, 0, null, null, false, true, PaymentMode.POSTPAID), null);
    ProcessInstance process = processOf(demand);
    takeTopOffer(demand, awaitOffers(demand));
    Order order = await().atMost(TIMEOUT).until(() -> orders.forDemand(account, demand.id()).orElse(null),
        placed -> placed != null && placed.status().compareTo(OrderStatus.PROVISIONING) >= 0);
    provision(process);

    // When it runs half an hour and is released
    sample(process);
    orders.release(account, order.id(), account);
    awaitEnded(process);

    // Then half an hour is billed to the account, nothing was held on a wallet
    long price = inventory.pool(order.poolId()).orElseThrow().priceFenPerUnitHour();
    Bill bill = bills.forOrder(order.id()).orElseThrow();
    assertThat(bill.totalFen()).isEqualTo(price / 2);
    assertThat(orders.find(account, order.id()).status()).isEqualTo(OrderStatus.SETTLED);
    assertThat(orders.find(account, order.id()).holdId()).isNull();
    assertThat(postpaid.outstanding(account)).isEqualTo(price / 2);
    assertThat(wallets.balance(account).held()).isZero();
  }

  @Test
  void aDuplicateUsageSampleCountsOnce() {
    // Given a running order sampled once
    Demand demand = demands.publish(consumer, gpuDemand(120, true), null);
    ProcessInstance process = processOf(demand);
    takeTopOffer(demand, awaitOffers(demand));
    Order order = awaitPaidOrder(demand);
    provision(process);
    sample(process);
    order = orders.find(consumer, order.id());
    Map<Meter, BigDecimal> once = usageMeter.totals(order.id());

    // When the same reading arrives again
    Map<Meter, SampleOutcome> repeated = usageMeter.record(order.id(), usageReader.read(order.allocationId()));

    // Then it is ignored and the totals stand, through the final reading and the bill
    assertThat(repeated.values()).containsOnly(SampleOutcome.IGNORED);
    assertThat(usageMeter.totals(order.id())).isEqualTo(once);
    orders.release(consumer, order.id(), consumer);
    awaitEnded(process);
    long price = inventory.pool(order.poolId()).orElseThrow().priceFenPerUnitHour();
    assertThat(bills.forOrder(order.id()).orElseThrow().totalFen()).isEqualTo(price / 2);
  }

  @Test
  void publishingTwiceWithOneIdempotencyKeyGivesOneDemandAndOneProcess() {
    // Given a demand published with a key
    String key = UUID.randomUUID().toString();
    Demand first = demands.publish(consumer, gpuDemand(60, false), key);

    // When the same consumer publishes with the same key again
    Demand again = demands.publish(consumer, gpuDemand(60, false), key);

    // Then it is the first demand, and one process runs for it
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(first.id()).count()).isOne();
    // and another consumer's same key is another demand
    String other = "consumer-" + UUID.randomUUID();
    assertThat(demands.publish(other, gpuDemand(60, false), key).id()).isNotEqualTo(first.id());
    // and a draft that cannot be published names the field and stores nothing
    long before = demands.list(consumer, null, 0, 50).total();
    assertThatThrownBy(() -> demands.publish(consumer, new DemandDraft(ResourceKind.INTELLIGENT_GPU, 0, 60, null,
        REGIONS, Set.of(), null, 0, 0, null, null, false, false, PaymentMode.PREPAID), UUID.randomUUID().toString()))
        .isInstanceOfSatisfying(DemandProblem.Invalid.class,
            problem -> assertThat(problem.field()).isEqualTo("quantity"));
    assertThat(demands.list(consumer, null, 0, 50).total()).isEqualTo(before);
    // the published ones are cancelled again, giving their reservations back
    for (Demand demand : List.of(first, demands.list(other, null, 0, 1).items().get(0))) {
      awaitConfirmable(demand);
      demands.cancel(null, demand.id());
      awaitEnded(processOf(demand));
      assertThat(reservations.find(demand.id()).state()).isEqualTo("RELEASED");
    }
  }

  @Test
  void aReleaseRequestRacingTheBookedEndReleasesOnce() throws Exception {
    // Given a running order at its booked end
    Demand demand = demands.publish(consumer, gpuDemand(60, true), null);
    ProcessInstance process = processOf(demand);
    takeTopOffer(demand, awaitOffers(demand));
    Order order = awaitPaidOrder(demand);
    provision(process);
    Order running = orders.find(consumer, order.id());
    clock.advance(Duration.between(clock.instant(), running.bookedEnd()));
    Job bookedEnd = awaitJob(process, "bookedEndReached");

    // When the end-time timer fires while the consumer asks for the release
    CountDownLatch start = new CountDownLatch(1);
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> timer = CompletableFuture.runAsync(() -> race(start, failures,
        () -> management.executeJob(bookedEnd.getId())));
    CompletableFuture<Void> request = CompletableFuture.runAsync(() -> race(start, failures,
        () -> orders.release(consumer, running.id(), consumer)));
    start.countDown();
    CompletableFuture.allOf(timer, request).get(30, TimeUnit.SECONDS);

    // Then the resources are released, billed and settled exactly once
    awaitEnded(process);
    assertThat(failures).hasSizeLessThanOrEqualTo(1);
    List<String> passed = passed(process);
    assertThat(passed.stream().filter("releaseResources"::equals)).hasSize(1);
    assertThat(passed.stream().filter("rateAndBill"::equals)).hasSize(1);
    assertThat(passed.stream().filter(id -> id.equals("releaseRequested") || id.equals("bookedEndReached")))
        .hasSize(1);
    assertThat(orders.statusHistory(consumer, running.id()).stream().filter(OrderStatus.RELEASING::equals))
        .hasSize(1);
    assertThat(allocations.history(running.allocationId()).stream()
        .filter(change -> change.state() == AllocationState.RELEASED)).hasSize(1);
    assertThat(orders.find(consumer, running.id()).status()).isEqualTo(OrderStatus.SETTLED);
    long price = inventory.pool(running.poolId()).orElseThrow().priceFenPerUnitHour();
    assertThat(bills.forOrder(running.id()).orElseThrow().totalFen()).isEqualTo(price);
  }

  @Test
  void orderOnAPoolThatWentDownMigratesAutomaticallyAndIsMeteredOnItsNewAllocation() {
    // Given a consumer whose placement policy lets the platform migrate orders by itself, with a running order
    allowAutomaticMigration();
    RunningOrder running = runningOrder();
    Demand demand = running.demand();
    ProcessInstance process = running.process();
    Order before = running.order();
    String from = before.poolId();
    long fromAvailable = reservations.available(from);

    // When the order's provider goes down and the optimiser reviews the running orders
    whileDown(before, () -> {
      MigrationProposal proposal = review(before);
      assertThat(proposal.reason()).isEqualTo(MigrationProposal.Reason.POOL_DOWN);
      assertThat(proposal.automatic()).isTrue();
      String to = proposal.toPoolId();
      assertThat(inventory.pool(to).orElseThrow().providerId()).isNotEqualTo(before.providerId());
      long toAvailable = reservations.available(to);
      migrations.submit(proposal);
      migrate(process);

      // Then the order runs on the new pool under a reservation of its own; the old allocation and capacity are back
      Order after = orders.find(consumer, before.id());
      assertThat(after.status()).isEqualTo(OrderStatus.RUNNING);
      assertThat(after.poolId()).isEqualTo(to);
      assertThat(after.providerId()).isEqualTo(inventory.pool(to).orElseThrow().providerId());
      assertThat(after.allocationId()).isNotEqualTo(before.allocationId());
      assertThat(allocations.find(before.allocationId()).orElseThrow().state()).isEqualTo(AllocationState.RELEASED);
      assertThat(allocations.find(after.allocationId()).orElseThrow().state()).isEqualTo(AllocationState.ACTIVE);
      assertThat(reservations.find(demand.id()).state()).isEqualTo("RELEASED");
      CapacityReservations.Reservation held = reservations.find(demand.id() + "#migration-1");
      assertThat(held.poolId()).isEqualTo(to);
      assertThat(held.state()).isEqualTo("RESERVED");
      assertThat(reservations.available(from)).isEqualTo(fromAvailable + 1);
      assertThat(reservations.available(to)).isEqualTo(toAvailable - 1);
      assertThat(migrations.forOrder(consumer, before.id())).singleElement().satisfies(migration -> {
        assertThat(migration.status()).isEqualTo(MigrationStatus.MIGRATED);
        assertThat(migration.automatic()).isTrue();
        assertThat(migration.decidedBy()).isEqualTo(OrderMigrations.OPTIMISER);
        assertThat(migration.finishedAt()).isNotNull();
      });
      // and the process meters the new allocation
      assertThat(runtime.getVariable(process.getId(), "allocationId")).isEqualTo(after.allocationId());
      assertThat(runtime.getVariable(process.getId(), "poolId")).isEqualTo(to);
      assertThat(passed(process)).containsSubsequence("migrationRequested", "reserveMigrationTarget",
          "provisionMigrationTarget", "completeMigration", "keepRunning");
      // and proposing the same move again changes nothing
      migrations.submit(proposal);
      assertThat(migrations.forOrder(consumer, before.id())).hasSize(1);
      assertThat(runningPlacements.running()).noneMatch(placement -> placement.orderId().equals(after.id())
          && !placement.poolId().equals(to));

      // and it is sampled, released and settled on the new pool
      sample(process);
      orders.release(consumer, after.id(), consumer);
      awaitEnded(process);
      assertThat(orders.find(consumer, after.id()).status()).isEqualTo(OrderStatus.SETTLED);
      assertThat(usageMeter.records(after.id())).isNotEmpty();
      assertThat(allocations.find(after.allocationId()).orElseThrow().state()).isEqualTo(AllocationState.RELEASED);
      assertThat(reservations.find(demand.id() + "#migration-1").state()).isEqualTo("RELEASED");
      assertThat(reservations.available(to)).isEqualTo(toAvailable);
    });
  }

  @Test
  void acceptedMigrationWhoseTargetFailsGivesTheTargetBackAndTheOrderKeepsRunningWhereItWas() {
    // Given a running order whose pool went down, and a proposal to move it that waits for the owner
    RunningOrder running = runningOrder();
    Demand demand = running.demand();
    ProcessInstance process = running.process();
    Order before = running.order();
    String orderId = before.id();
    whileDown(before, () -> {
      MigrationProposal proposal = review(before);
      assertThat(proposal.automatic()).isFalse();
      migrations.submit(proposal);
      migrations.submit(proposal);
      Migration offered = migrations.forOrder(consumer, orderId).stream().collect(onlyElement());
      assertThat(offered.status()).isEqualTo(MigrationStatus.PROPOSED);
      assertThat(job(process, "meteringDue")).as("the process was not asked yet").isNotNull();
      assertThatThrownBy(() -> migrations.accept("consumer-" + UUID.randomUUID(), orderId, offered.id(), "other"))
          .isInstanceOf(OrderProblem.NotFound.class);
      String to = proposal.toPoolId();
      long toAvailable = reservations.available(to);

      // When the target's provider fails what it provisions, and the owner accepts
      fault(inventory.pool(to).orElseThrow().providerId(), Map.of("provisioningFailure", true));
      assertThat(migrations.accept(consumer, orderId, offered.id(), consumer).status())
          .isIn(MigrationStatus.MIGRATING, MigrationStatus.FAILED);
      migrate(process);

      // Then the migration failed, the target is given back, and the order runs on as before
      Migration failed = migrations.forOrder(consumer, orderId).get(0);
      assertThat(failed.status()).isEqualTo(MigrationStatus.FAILED);
      assertThat(failed.decidedBy()).isEqualTo(consumer);
      Order after = orders.find(consumer, orderId);
      assertThat(after.status()).isEqualTo(OrderStatus.RUNNING);
      assertThat(after.poolId()).isEqualTo(before.poolId());
      assertThat(after.allocationId()).isEqualTo(before.allocationId());
      assertThat(allocations.find(before.allocationId()).orElseThrow().state()).isEqualTo(AllocationState.ACTIVE);
      assertThat(reservations.find(demand.id()).state()).isEqualTo("RESERVED");
      assertThat(reservations.find(demand.id() + "#migration-1").state()).isEqualTo("RELEASED");
      assertThat(reservations.available(to)).isEqualTo(toAvailable);
      assertThat(passed(process)).containsSubsequence("migrationRequested", "rollBackMigration", "keepRunning");
      // and it can be neither accepted nor declined any more
      assertThatThrownBy(() -> migrations.accept(consumer, orderId, offered.id(), consumer))
          .isInstanceOf(OrderProblem.MigrationDecided.class);
      assertThatThrownBy(() -> migrations.decline(consumer, orderId, offered.id(), consumer))
          .isInstanceOf(OrderProblem.MigrationDecided.class);
      orders.release(consumer, orderId, consumer);
      awaitEnded(process);
    });
  }

  @Test
  void aNewerProposalSupersedesAnOpenOneAndADeclinedOneIsNotOfferedAgain() {
    // Given a running order on a pool that went down, with an open proposal
    RunningOrder running = runningOrder();
    ProcessInstance process = running.process();
    String orderId = running.order().id();
    whileDown(running.order(), () -> {
      MigrationProposal first = review(running.order());
      migrations.submit(first);
      String elsewhere = inventory.pools().stream().filter(pool -> !pool.id().equals(first.toPoolId())
          && !pool.id().equals(first.fromPoolId())).findFirst().orElseThrow().id();
      MigrationProposal second = new MigrationProposal(orderId, first.fromPoolId(), elsewhere,
          MigrationProposal.Reason.POOL_DOWN, first.policyName(), first.policyVersion(), false);

      // When the optimiser proposes another target, then the owner declines it
      migrations.submit(second);
      migrations.decline(consumer, orderId, migrations.forOrder(consumer, orderId).get(0).id(), consumer);
      migrations.submit(second);

      // Then the first was superseded, the second declined once and for all, and the order was not moved
      List<Migration> proposed = migrations.forOrder(consumer, orderId);
      assertThat(proposed).extracting(Migration::toPoolId).containsExactly(elsewhere, first.toPoolId());
      assertThat(proposed).extracting(Migration::status).containsExactly(MigrationStatus.DECLINED,
          MigrationStatus.SUPERSEDED);
      assertThat(migrations.decline(consumer, orderId, proposed.get(0).id(), consumer).status())
          .isEqualTo(MigrationStatus.DECLINED);
      assertThatThrownBy(() -> migrations.accept(consumer, orderId, proposed.get(1).id(), consumer))
          .isInstanceOf(OrderProblem.MigrationDecided.class);
      assertThat(orders.find(consumer, orderId).poolId()).isEqualTo(first.fromPoolId());
      assertThat(job(process, "meteringDue")).isNotNull();
      orders.release(consumer, orderId, consumer);
      awaitEnded(process);
    });
  }

  // --- steps

  private DemandDraft gpuDemand(long minutes, boolean autoSelect) {
    return new DemandDraft(ResourceKind.INTELLIGENT_GPU, 1, minutes, null, REGIONS, Set.of(), null, 0, 0, null, null,
        false, autoSelect, PaymentMode.PREPAID);
  }

  private ProcessInstance processOf(Demand demand) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("order-fulfilment")
        .processInstanceBusinessKey(demand.id()).singleResult();
  }

  private List<Offer> awaitOffers(Demand demand) {
    await().atMost(TIMEOUT).until(() -> demands.find(null, demand.id()).status() != DemandStatus.PUBLISHED);
    return demands.offers(null, demand.id());
  }

  /** Confirms the top offer unless the policy selected it already. */
  private void takeTopOffer(Demand demand, List<Offer> offers) {
    if (demands.find(null, demand.id()).status() == DemandStatus.AWAITING_CONFIRMATION) {
      awaitConfirmable(demand);
      demands.confirm(null, demand.id(), offers.get(0).poolId());
    }
  }

  /**
   * The demand awaits confirmation and its process the consumer's message (the status is recorded the moment
   * before the process waits).
   */
  private void awaitConfirmable(Demand demand) {
    awaitDemand(demand, DemandStatus.AWAITING_CONFIRMATION);
    await().atMost(TIMEOUT).until(() -> runtime.createEventSubscriptionQuery().processInstanceId(
        processOf(demand).getId()).eventName("OfferConfirmed").count() == 1);
  }

  private void awaitDemand(Demand demand, DemandStatus status) {
    await().atMost(TIMEOUT).until(() -> demands.find(null, demand.id()).status(), status::equals);
  }

  /** The demand's order once it is paid for: provisioning, or past it. */
  private Order awaitPaidOrder(Demand demand) {
    return await().atMost(TIMEOUT).until(() -> orders.forDemand(consumer, demand.id()).orElse(null),
        order -> order != null && order.status().compareTo(OrderStatus.PROVISIONING) >= 0);
  }

  /**
   * Drives the provisioning attempts until the order runs or the process ends: a simulated server or job is pending
   * for a minute, so each time the process polls, the minute passes first; a container platform allocates at once.
   */
  private void provision(ProcessInstance process) {
    while (true) {
      String next = await().atMost(TIMEOUT).until(() -> hasEnded(process) ? "ended"
          : job(process, "meteringDue") != null ? "running"
          : job(process, "pollIntervalElapsed") != null ? "pending" : null, Objects::nonNull);
      if (!next.equals("pending")) {
        return;
      }
      clock.advance(Duration.ofMinutes(1));
      fire(process, "pollIntervalElapsed");
    }
  }

  /** A fresh GPU demand's order once it runs (the top offer taken), with its process. */
  private RunningOrder runningOrder() {
    Demand demand = demands.publish(consumer, gpuDemand(120, true), null);
    ProcessInstance process = processOf(demand);
    takeTopOffer(demand, awaitOffers(demand));
    Order paid = awaitPaidOrder(demand);
    provision(process);
    Order order = orders.find(consumer, paid.id());
    assertThat(order.status()).isEqualTo(OrderStatus.RUNNING);
    return new RunningOrder(demand, process, order);
  }

  private record RunningOrder(Demand demand, ProcessInstance process, Order order) {
  }

  /** Runs {@code scenario} while the order's provider is down, and brings it up again afterwards. */
  private void whileDown(Order order, Runnable scenario) {
    markHealth(order.providerId(), Health.DOWN);
    try {
      scenario.run();
    } finally {
      markHealth(order.providerId(), Health.UP);
    }
  }

  /** Records a provider's health; the simulated providers' synchronisation may update its pools at the same moment. */
  private void markHealth(String providerId, Health health) {
    await().atMost(TIMEOUT).ignoreExceptionsInstanceOf(TransientDataAccessException.class).until(() -> {
      inventory.markHealth(providerId, health);
      return true;
    });
  }

  /** The consumer's own placement policy: the balanced weights, and migrations start without asking. */
  private void allowAutomaticMigration() {
    policies.create(new PolicyDefinition("auto-migrate-" + consumer.substring(consumer.length() - 12), null, consumer,
        null, PlacementPolicy.balanced().weights(), Map.of("optimise.autoMigrate", 1.0), null), "test");
  }

  /** The optimiser's proposal for the order, after the directory has read the pools' health. */
  private MigrationProposal review(Order order) {
    liveDirectory.refresh();
    List<RunningPlacement> running = runningPlacements.running().stream()
        .filter(placement -> placement.orderId().equals(order.id())).toList();
    assertThat(running).singleElement().satisfies(placement -> {
      assertThat(placement.poolId()).isEqualTo(order.poolId());
      assertThat(placement.demand().demandId()).isEqualTo(order.demandId());
    });
    return new PlacementOptimiser(placementEngine, liveDirectory, policies).review(running).stream()
        .collect(onlyElement());
  }

  /**
   * Drives a migration until the order waits for its run events again: a pending target allocation is polled after
   * a minute, as the provisioning is.
   */
  private void migrate(ProcessInstance process) {
    while (true) {
      String next = await().atMost(TIMEOUT).until(() -> job(process, "meteringDue") != null ? "running"
          : job(process, "migrationPollElapsed") != null ? "pending" : null, Objects::nonNull);
      if (next.equals("running")) {
        return;
      }
      clock.advance(Duration.ofMinutes(1));
      fire(process, "migrationPollElapsed");
    }
  }

  /** Thirty minutes pass and usage is sampled; waits until the process waits again (or ended). */
  private void sample(ProcessInstance process) {
    awaitJob(process, "meteringDue");
    clock.advance(Duration.ofMinutes(30));
    fire(process, "meteringDue");
    await().atMost(TIMEOUT).until(() -> hasEnded(process) || job(process, "meteringDue") != null);
  }

  private void fire(ProcessInstance process, String activityId) {
    management.executeJob(awaitJob(process, activityId).getId());
  }

  private Job awaitJob(ProcessInstance process, String activityId) {
    return await().atMost(TIMEOUT).until(() -> job(process, activityId), job -> job != null);
  }

  private Job job(ProcessInstance process, String activityId) {
    return management.createJobQuery().processInstanceId(process.getId()).activityId(activityId).singleResult();
  }

  private void awaitEnded(ProcessInstance process) {
    await().atMost(TIMEOUT).until(() -> hasEnded(process));
  }

  private boolean hasEnded(ProcessInstance process) {
    return runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count() == 0;
  }

  private List<String> passed(ProcessInstance process) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
        .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
  }

  private void fault(String provider, Map<String, Object> faults) {
    simulator().put().uri("/simulator/{provider}/_faults", provider).contentType(MediaType.APPLICATION_JSON)
        .body(faults).retrieve().toBodilessEntity();
  }

  private RestClient simulator() {
    return RestClient.create("http://127.0.0.1:" + port);
  }

  private static <T> Collector<T, ?, T> onlyElement() {
    return Collectors.collectingAndThen(Collectors.toList(), list -> {
      assertThat(list).hasSize(1);
      return list.get(0);
    });
  }

  private static BigDecimal hours(double value) {
    return BigDecimal.valueOf(value);
  }

  private static void race(CountDownLatch start, List<Throwable> failures, Runnable step) {
    try {
      start.await();
      step.run();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException lost) {
      failures.add(lost);
    }
  }
}
