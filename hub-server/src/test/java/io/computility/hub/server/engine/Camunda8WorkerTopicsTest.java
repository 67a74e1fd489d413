package io.computility.hub.server.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.computility.hub.indicators.collection.CollectionTasks;
import io.computility.hub.portal.OrderFulfilment;
import io.computility.hub.portal.demand.DemandDraft;
import io.computility.hub.portal.demand.Demands;
import io.computility.hub.portal.demand.PaymentMode;
import io.computility.hub.portal.order.Migration;
import io.computility.hub.portal.order.MigrationStatus;
import io.computility.hub.portal.order.OrderMigrations;
import io.computility.hub.portal.workorder.NewWorkOrder;
import io.computility.hub.portal.workorder.WorkOrderCategory;
import io.computility.hub.portal.workorder.WorkOrders;
import io.computility.hub.server.HubApplication;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.billing.cycle.MonthlyBillCommands;
import io.computility.hub.workers.placement.ResourceKind;
import io.computility.hub.workers.placement.optimisation.MigrationProposal;
import io.computility.hub.workers.wallet.Wallets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every worker topic of the assembled hub served as Camunda 8 jobs ({@code hub.engine=camunda8}), with WireMock
 * standing in for the cluster: the test plays the cluster's part, handing each topic's job out with the variables
 * its process instance would hold — the start variables the hub sent, the outputs of the jobs before, the task's
 * input mappings — and checks the completion, BPMN error or failure that comes back, body and all. Data is seeded
 * through the hub's own services (a simulated provider's onboarding, a demand, work orders, indicator periods), so
 * most jobs complete for real, one after the other: onboarding, order (migrating while it runs), monthly billing,
 * work orders, retirement, indicator collection. A worker topic without a step fails
 * {@link #everyWorkerTopicHasAStep()}.
 */
@SpringBootTest(classes = HubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"hub.engine=camunda8", "hub.camunda8.poll-interval=100ms",
        "hub.camel.simulator.enabled=true", "hub.camel.simulator.onboard=true",
        "hub.camel.simulator.provisioning-delay=PT0S"})
@ActiveProfiles({"mysql", "test"})
// Another engine: runs in a surefire execution (JVM) of its own, see pom.xml; closed after the class so its job
// workers stop polling.
@DirtiesContext
class Camunda8WorkerTopicsTest {

  private static final Camunda8Cluster CLUSTER = new Camunda8Cluster();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ANY_STRING = "${json-unit.any-string}";
  private static final String ANY_NUMBER = "\"${json-unit.any-number}\"";
  // monthly-bill.bpmn's input mapping on issueCreditNote
  private static final Map<String, Object> CREDIT_INPUTS = Map.of("creditedBy", "OPERATOR");
  // the hub's test database (application-test.yml, or -Dspring.datasource.url): this test uses <that name>_camunda8
  private static final Pattern DATABASE_URL = Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(.*)");
  private static final String DEFAULT_DATABASE_URL = "jdbc:mysql://127.0.0.1:3306/hub_test_server"
      + "?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true&useUnicode=true&characterEncoding=utf8"
      + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&preserveInstants=true";
  private static final String PROVIDER = "sim-bj-cloud";
  private static final String REJECTED_PROVIDER = "sim-gz-cloud";
  // The running order's migration targets: sim-bj-cloud has one GPU pool and no other simulated provider in Beijing
  // offers GPUs, so the Shanghai bare-metal provider's two GPU server pools (28 ms away on the carrier's network),
  // onboarded where the order needs them. The order moves there, a move between them fails, and it comes home: the
  // steps after the migrations see the pool it was placed on, as the provisioning failover must.
  private static final String TARGET_PROVIDER = "sim-sh-metal";
  private static final String TARGET_POOL = "sim-sh-metal:hygon-k100x8";
  private static final String FAILING_POOL = "sim-sh-metal:atlas-800t-a2";
  private static final String ORDER_POOL = "sim-bj-cloud:g8.a800x8";
  private static final String DATA_SET = "DEMO_MONTHLY";
  private static final String UNIT = "DEMO-DC-BJ";

  @Autowired ApplicationContext context;
  @Autowired Demands demands;
  @Autowired Wallets wallets;
  @Autowired WorkOrders workOrders;
  @Autowired CollectionTasks collection;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;
  @Autowired MonthlyBillCommands cycleCommands;
  @Autowired OrderMigrations migrations;

  /** The variables of the process instances the stand-in cluster runs, by business key. */
  private final Map<String, ObjectNode> instances = new HashMap<>();
  /** The keys of those instances. */
  private final Map<String, Long> instanceKeys = new HashMap<>();
  private final String consumer = "c8-consumer-" + UUID.randomUUID().toString().substring(0, 8);
  private String demandId;
  private String disputeId;

  @LocalServerPort int port;

  // A database of its own, new every run: the hub starts the simulated providers' onboarding only while they are
  // pending, and this test admits one and retires it.
  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) throws SQLException {
    String configured = System.getProperty("spring.datasource.url", DEFAULT_DATABASE_URL);
    Matcher url = DATABASE_URL.matcher(configured);
    if (!url.matches()) {
      throw new IllegalStateException("Not a MySQL URL: " + configured);
    }
    String database = url.group(2) + "_camunda8";
    try (Connection server = DriverManager.getConnection(url.group(1), "root", "");
        Statement drop = server.createStatement()) {
      drop.execute("DROP DATABASE IF EXISTS " + database);
    }
    registry.add("hub.camunda8.rest-address", CLUSTER::url);
    registry.add("spring.datasource.url", () -> url.group(1) + database + url.group(3));
  }

  /** One job of a topic and what must come back. */
  record Step(String topic, String story, Executable check) {
  }

  private List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("hello", "greets by name", () -> completes(job("hello", Map.of("name", "Ada")),
        "{\"greeting\":\"你好, Ada / Hello, Ada\"}")));
    steps.add(new Step("hello", "without a name throws NAME_MISSING", () -> throwsError(job("hello", Map.of()),
        "NAME_MISSING", "No name to greet", "{}")));
    onboarding(steps);
    order(steps);
    monthlyBilling(steps);
    retirement(steps);
    indicators(steps);
    return steps;
  }

  // A simulated provider's resource-onboarding instance, which the hub started at start-up, step by step.
  private void onboarding(List<Step> steps) {
    steps.add(new Step("check-provider-credentials", "pulls the provider's inventory through its adapter",
        () -> completes(job("check-provider-credentials", instance(PROVIDER), Map.of()),
            "{\"credentialsValid\":true,\"poolCount\":3}")));
    steps.add(new Step("check-provider-credentials", "of a provider without adapter throws NO_ADAPTER",
        () -> throwsError(job("check-provider-credentials", Map.of("providerId", "c8-nobody")), "NO_ADAPTER",
            "The hub does not pull from provider c8-nobody", "{}")));
    steps.add(new Step("measure-resources", "sums the admitted pools in unified figures",
        () -> completes(job("measure-resources", instance(PROVIDER), Map.of()), """
            {"poolCount":3,"admittedPools":3,"admissionClasses":"GENERAL_CLOUD,INTELLIGENT_CLUSTER,STORAGE_SERVICE",
             "connectionMethods":"BARE_METAL_API,CLOUD_API","fp64Tflops":"2678.4000","fp16Tflops":"29952.0000",
             "int8Tops":"59904.0000","cpuCores":"12544.0000","memoryGib":"134656.0000","storageTb":"6144.0000",
             "networkGbps":"0.0000"}""")));
    steps.add(new Step("admit-provider", "admits the provider", () -> completes(
        job("admit-provider", instance(PROVIDER), Map.of()), "{\"admissionStatus\":\"ADMITTED\"}")));
    steps.add(new Step("generate-resource-tags", "tags its pools", () -> completes(
        job("generate-resource-tags", instance(PROVIDER), Map.of()), "{\"resourceTags\":\"capability:cpu,"
        + "capability:fp16,capability:fp64,capability:int8,capability:storage,class:general_cloud,"
        + "class:intelligent_cluster,class:storage_service,hardware:a800-80g,hardware:ddr5-64g,"
        + "hardware:nvme-ssd-7.68tb,hardware:xeon-8480+,provider-kind:cloud,province:110000,region:110000,"
        + "type:general,type:intelligent,type:storage\"}")));
    steps.add(new Step("list-products", "lists its draft products", () -> completes(
        job("list-products", instance(PROVIDER), Map.of()), "{\"listedProducts\":3}")));
    steps.add(new Step("start-provider-sync", "connects its API for the periodic sync", () -> completes(
        job("start-provider-sync", instance(PROVIDER), Map.of()), "{\"pulled\":true}")));
    steps.add(new Step("reject-provider", "rejects another provider with the check's reason", () -> completes(
        job("reject-provider", instance(REJECTED_PROVIDER), Map.of("rejectionReason", "Credentials expired")),
        "{\"admissionStatus\":\"REJECTED\",\"rejectionReason\":\"Credentials expired\"}")));
  }

  // A postpaid demand for one GPU server in Beijing, where only the onboarded provider offers one.
  private void order(List<Step> steps) {
    steps.add(new Step("placement", "places the demand on the onboarded provider's pool", () -> {
      demandId = demands.publish(consumer, new DemandDraft(ResourceKind.INTELLIGENT_GPU, 1, 60, null,
          Set.of("110000"), null, null, 0, 0, null, null, false, false, PaymentMode.POSTPAID), null).id();
      completes(job("placement", instance(demandId), Map.of()), """
          {"topPoolId":"sim-bj-cloud:g8.a800x8","topProviderId":"sim-bj-cloud","topEstimatedCostFen":9600,
           "candidatePoolIds":"sim-bj-cloud:g8.a800x8","autoSelectAllowed":false,"policyName":"balanced",
           "policyVersion":0}""");
    }));
    steps.add(new Step("placement", "of an unknown demand throws DEMAND_NOT_FOUND", () -> throwsError(
        job("placement", Map.of("demandId", "c8-no-demand")), "DEMAND_NOT_FOUND", "Unknown demand c8-no-demand",
        "{}")));
    steps.add(new Step("demand-status", "records the demand placed", () -> completes(
        job("demand-status", instance(demandId), Map.of("demandStatus", "PLACED")), "{}")));
    steps.add(new Step("demand-status", "without the status raises an incident at once", () -> fails(
        job("demand-status", instance(demandId), Map.of()), 0, 0,
        "Required process variable 'demandStatus' is missing")));
    steps.add(new Step("capacity-reservation", "reserves the top offer", () -> completes(
        job("capacity-reservation", instance(demandId), Map.of("poolId", variable(demandId, "topPoolId"))),
        "{\"reservationOutcome\":\"RESERVED\"}")));
    steps.add(new Step("capacity-reservation", "on an unknown pool throws UNKNOWN_POOL", () -> throwsError(
        job("capacity-reservation", Map.of("demandId", "c8-" + UUID.randomUUID(), "poolId", "c8-no-pool",
            "units", 1)), "UNKNOWN_POOL", "Pool capacity not registered", "{\"reservationOutcome\":\"UNKNOWN_POOL\"}")));
    steps.add(new Step("order-creation", "creates the order from the top offer", () -> completes(
        job("order-creation", instance(demandId), Map.of()), """
            {"orderId":"%s","poolId":"sim-bj-cloud:g8.a800x8","providerId":"sim-bj-cloud",
             "productId":"prd:sim-bj-cloud:g8.a800x8","planVersion":1,"units":1,"estimatedCostFen":9600,
             "bookedEnd":"%s","reservationKey":"%s","provisioningAttempt":1}""".formatted(ANY_STRING, ANY_STRING,
            demandId))));
    steps.add(new Step("payment-authorisation", "authorises the postpaid order within the credit limit",
        () -> completes(job("payment-authorisation", instance(demandId), Map.of()), "{}")));
    steps.add(new Step("payment-authorisation", "of a prepaid order on an empty wallet throws INSUFFICIENT_BALANCE",
        () -> throwsError(job("payment-authorisation", Map.of("orderId", "c8-" + UUID.randomUUID(),
            "consumerId", consumer, "paymentMode", "PREPAID", "estimatedCostFen", 5000)),
            "INSUFFICIENT_BALANCE", "Wallet of '" + consumer + "' has 0 fen available, 5000 requested", "{}")));
    steps.add(new Step("order-status", "records the payment authorised", () -> completes(
        job("order-status", instance(demandId), Map.of("orderStatus", "PAYMENT_AUTHORISED")), "{}")));
    steps.add(new Step("provisioning", "has the simulated provider build a server", () -> {
      // A simulated second of use reports as an hour, so the short run bills a sum worth crediting.
      simulatorFaults(PROVIDER, "{\"usageMultiplier\":3600}");
      completes(job("provisioning", instance(demandId), Map.of()), """
          {"allocationId":"%s","provisioningState":"PENDING","provisioningDetail":"BUILD"}""".formatted(ANY_STRING));
    }));
    steps.add(new Step("provisioning-status", "finds the allocation active", () -> completes(
        job("provisioning-status", instance(demandId), Map.of()),
        "{\"provisioningState\":\"ACTIVE\",\"provisioningDetail\":\"ACTIVE\"}")));
    migration(steps);
    steps.add(new Step("usage-metering", "samples and rates the usage so far", () -> completes(
        job("usage-metering", instance(demandId), Map.of()),
        "{\"accruedCostFen\":" + ANY_NUMBER + ",\"balanceState\":\"OK\"}")));
    steps.add(new Step("low-balance-warning", "warns the consumer once", () -> completes(
        job("low-balance-warning", instance(demandId), Map.of()), "{\"lowBalanceWarned\":true}")));
    steps.add(new Step("usage-metering", "reads the final usage, more than before", () -> {
      long before = instance(demandId).path("accruedCostFen").asLong();
      // A real second is a simulated hour (usageMultiplier 3600); on a quiet machine the steps are milliseconds
      // apart, so let at least one simulated hour pass before the final reading.
      pause(Duration.ofMillis(1_100));
      completes(job("usage-metering", instance(demandId), Map.of()),
          "{\"accruedCostFen\":" + ANY_NUMBER + ",\"balanceState\":\"OK\"}");
      assertThat(instance(demandId).path("accruedCostFen").asLong()).isGreaterThan(before);
    }));
    steps.add(new Step("resource-release", "releases the running order on the consumer's request", () -> completes(
        job("resource-release", instance(demandId), Map.of("releaseRequested", true)),
        "{\"releaseReason\":\"USER\",\"resourcesReleased\":true}")));
    steps.add(new Step("rating-and-billing", "rates the usage and issues the bill", () -> {
      completes(job("rating-and-billing", instance(demandId), Map.of()),
          "{\"billId\":\"" + ANY_STRING + "\",\"billTotalFen\":" + ANY_NUMBER + "}");
      assertThat(billTotal()).isEqualTo(instance(demandId).path("accruedCostFen").asLong());
    }));
    steps.add(new Step("settlement", "posts the bill to the postpaid account and splits it", () -> {
      completes(job("settlement", instance(demandId), Map.of()), """
          {"capturedFen":%d,"providerShareFen":%s,"platformFeeFen":%2$s,"unpaidFen":0}"""
          .formatted(billTotal(), ANY_NUMBER));
      assertThat(variable(demandId, "providerShareFen", Long.class) + variable(demandId, "platformFeeFen", Long.class))
          .isEqualTo(billTotal());
    }));
    steps.add(new Step("payment-void", "has no hold to void for a postpaid order", () -> completes(
        job("payment-void", instance(demandId), Map.of()), "{}")));
    steps.add(new Step("capacity-release", "returns the reserved units", () -> completes(
        job("capacity-release", instance(demandId), Map.of("demandId", variable(demandId, "reservationKey"),
            "reason", "PROVISIONING_FAILED")), "{\"capacityReleased\":\"${json-unit.ignore}\"}")));
    steps.add(new Step("provisioning-failover", "finds no other candidate and throws NO_MORE_CANDIDATES",
        () -> throwsError(job("provisioning-failover", instance(demandId), Map.of()), "NO_MORE_CANDIDATES",
            "No candidate pool left after 1 provisioning attempt(s)", "{}")));
  }

  /**
   * The running order migrates to another provider's pool, automatically; the owner accepts a move on to a pool
   * whose provisioning fails, which is given back; then the order migrates back to the pool it was placed on.
   */
  private void migration(List<Step> steps) {
    steps.add(new Step("check-provider-credentials", "pulls the migration targets' inventory", () -> completes(
        job("check-provider-credentials", instance(TARGET_PROVIDER), Map.of()),
        "{\"credentialsValid\":true,\"poolCount\":2}")));
    steps.add(new Step("admit-provider", "admits the migration targets' provider", () -> completes(
        job("admit-provider", instance(TARGET_PROVIDER), Map.of()), "{\"admissionStatus\":\"ADMITTED\"}")));
    steps.add(new Step("list-products", "lists the migration targets' products", () -> completes(
        job("list-products", instance(TARGET_PROVIDER), Map.of()), "{\"listedProducts\":2}")));
    steps.add(new Step("capacity-reservation", "reserves the target of an automatic migration", () -> {
      simulatorFaults(TARGET_PROVIDER, "{\"usageMultiplier\":3600}");
      migrationRequested(ORDER_POOL, TARGET_POOL, true, 1);
    }));
    steps.add(new Step("migration-provisioning", "asks the target's provider for the order's server",
        () -> migrationTargetIs("PENDING", "deploying")));
    steps.add(new Step("migration-provisioning", "finds the target allocation active",
        () -> migrationTargetIs("ACTIVE", "ACTIVE")));
    steps.add(new Step("migration-completion", "switches the order to the target pool", () -> {
      switchesTo(TARGET_POOL, TARGET_PROVIDER, 1);
      assertThat(migrationStatuses()).containsExactly(MigrationStatus.MIGRATED);
    }));
    steps.add(new Step("migration-provisioning", "reports the failed target of an accepted migration", () -> {
      simulatorFaults(TARGET_PROVIDER, "{\"usageMultiplier\":3600,\"provisioningFailure\":true}");
      migrationRequested(TARGET_POOL, FAILING_POOL, false, 2);
      migrationTargetIs("PENDING", "deploying");
      migrationTargetIs("FAILED", "failed: simulated provisioning failure");
      assertThat(migrationStatuses()).containsExactly(MigrationStatus.MIGRATING, MigrationStatus.MIGRATED);
    }));
    steps.add(new Step("migration-rollback", "gives the failed target back; the order runs on where it was", () -> {
      simulatorFaults(TARGET_PROVIDER, "{\"usageMultiplier\":3600}");
      completes(job("migration-rollback", instance(demandId), Map.of()), "{\"migrationState\":\"FAILED\"}");
      assertThat(migrationStatuses()).containsExactly(MigrationStatus.FAILED, MigrationStatus.MIGRATED);
      assertThat(migrationReservation(2)).containsExactly("RELEASED", "MIGRATION_FAILED");
      assertThat(jdbc.queryForObject("select pool_id from portal_order where id = ?", String.class,
          variable(demandId, "orderId"))).isEqualTo(TARGET_POOL);
    }));
    steps.add(new Step("migration-completion", "switches the order back to the pool it was placed on", () -> {
      migrationRequested(TARGET_POOL, ORDER_POOL, true, 3);
      migrationTargetIs("PENDING", "BUILD");
      migrationTargetIs("ACTIVE", "ACTIVE");
      switchesTo(ORDER_POOL, PROVIDER, 3);
      assertThat(migrationStatuses()).containsExactly(MigrationStatus.MIGRATED, MigrationStatus.FAILED,
          MigrationStatus.MIGRATED);
      assertThat(migrationReservation(1)).containsExactly("RELEASED", "MOVED");
      assertThat(migrationReservation(3)).containsExactly("RESERVED", null);
    }));
  }

  /**
   * The optimiser proposes moving the order (an automatic proposal starts at once, another once its owner accepts
   * it); the cluster delivers the hub's MigrationRequested to the order, which reserves the target under its own key.
   */
  private void migrationRequested(String fromPoolId, String toPoolId, boolean automatic, int seq) {
    String orderId = variable(demandId, "orderId");
    migrations.submit(new MigrationProposal(orderId, fromPoolId, toPoolId, MigrationProposal.Reason.POOL_DEGRADED,
        "balanced", 0, automatic));
    if (!automatic) {
      migrations.accept(consumer, orderId, migrations.forOrder(consumer, orderId).get(0).id(), consumer);
    }
    delivered(OrderFulfilment.MIGRATION_REQUESTED, demandId);
    assertThat(variable(demandId, OrderFulfilment.MIGRATION_RESERVATION_KEY))
        .isEqualTo(demandId + "#migration-" + seq);
    // order-fulfilment.bpmn's input mappings on reserveMigrationTarget
    completes(job("capacity-reservation", instance(demandId), Map.of(
            "demandId", variable(demandId, OrderFulfilment.MIGRATION_RESERVATION_KEY),
            "poolId", variable(demandId, OrderFulfilment.MIGRATION_TARGET_POOL_ID))),
        "{\"reservationOutcome\":\"RESERVED\"}");
  }

  private void migrationTargetIs(String state, String detail) {
    completes(job("migration-provisioning", instance(demandId), Map.of()), """
        {"migrationState":"%s","migrationDetail":"%s"}""".formatted(state, detail));
  }

  private void switchesTo(String poolId, String providerId, int seq) {
    String before = variable(demandId, "allocationId");
    completes(job("migration-completion", instance(demandId), Map.of()), """
        {"poolId":"%s","providerId":"%s","productId":"prd:%1$s","planVersion":1,"allocationId":"%s",
         "reservationKey":"%s#migration-%d"}""".formatted(poolId, providerId, ANY_STRING, demandId, seq));
    assertThat(variable(demandId, "allocationId")).isNotEqualTo(before);
  }

  /** The order's migrations, newest first. */
  private List<MigrationStatus> migrationStatuses() {
    return migrations.forOrder(consumer, variable(demandId, "orderId")).stream().map(Migration::status).toList();
  }

  /** The state of a migration's capacity reservation, and why it was released. */
  private List<String> migrationReservation(int seq) {
    return jdbc.queryForObject("select state, release_reason from placement_capacity_reservation where demand_id = ?",
        (row, number) -> Arrays.asList(row.getString(1), row.getString(2)), demandId + "#migration-" + seq);
  }

  // The consumer's monthly bill from the order's bill, credited in a work order, disputed twice (rejected, then
  // credited), then paid.
  private void monthlyBilling(List<Step> steps) {
    String period = YearMonth.now(clock.withZone(ZoneOffset.UTC)).toString();
    String cycle = "cycle:" + period;
    String bill = "monthly:" + period;
    steps.add(new Step("billing.cycle.draft", "drafts the consumer's monthly bill", () -> completes(
        job("billing.cycle.draft", started(cycle, Map.of("period", period, "accountId", consumer)), Map.of()),
        "{\"period\":\"" + period + "\",\"monthlyBillIds\":[\"" + ANY_STRING + "\"]}")));
    // the monthly bill's own instance, as the cycle's multi-instance call gives it
    steps.add(new Step("billing.cycle.issue", "issues it for the order bill's total", () -> completes(
        job("billing.cycle.issue", started(bill, Map.of("monthlyBillId", monthlyBillId(cycle))),
            Map.of()), "{\"dueAt\":\"" + ANY_STRING + "\",\"payableFen\":" + billTotal() + "}")));
    steps.add(new Step("billing.cycle.issue", "of an unknown monthly bill fails and is retried in 10 s",
        () -> fails(job("billing.cycle.issue", Map.of("monthlyBillId", "c8-no-bill")), 2, 10_000,
            "404 NOT_FOUND, ProblemDetail[type='https://computility.hub/problems/unknown-monthly-bill', "
                + "title='Not Found', status=404, detail='There is no monthly bill 'c8-no-bill'', instance='null', "
                + "properties='{field=monthlyBillId}']")));
    steps.add(new Step("work-order-escalation", "escalates the consumer's bill dispute", () -> {
      disputeId = workOrders.open(consumer, new NewWorkOrder(WorkOrderCategory.BILL_DISPUTE, "GPU bill",
          "The GPU hour was not usable", null, variable(demandId, "billId"))).workOrderId();
      completes(job("work-order-escalation", instance(disputeId), Map.of()), "{}");
    }));
    steps.add(new Step("work-order-answer", "sends support's answer with a credit", () -> {
      // what support's form in the Tasklist completes the answer task with
      instance(disputeId).setAll((ObjectNode) JSON.valueToTree(Map.of("answeredBy", "support-demo",
          "resolution", "Credited one fen", "creditFen", 1)));
      completes(job("work-order-answer", instance(disputeId), Map.of()), "{\"creditFen\":1}");
    }));
    steps.add(new Step("bill-credit", "credits the disputed bill on the monthly bill", () -> completes(
        job("bill-credit", instance(disputeId), Map.of()), "{\"creditNoteId\":\"" + ANY_STRING + "\"}")));
    steps.add(new Step("work-order-close", "closes the dispute without the requester's reply", () -> completes(
        job("work-order-close", instance(disputeId), Map.of()), "{}")));
    steps.add(new Step("work-order-auto-answer", "answers a question with the standard text", () -> {
      String questionId = workOrders.open(consumer, new NewWorkOrder(WorkOrderCategory.PAYMENT, "Top up",
          "How do I top up my wallet?", null, null)).workOrderId();
      completes(job("work-order-auto-answer", instance(questionId), Map.of("triageOutcome", "TOP_UP")), "{}");
    }));
    steps.add(new Step("billing.cycle.reject-dispute", "puts the bill of a rejected dispute back to payable", () -> {
      // the consumer disputes the bill: the cluster delivers the message with its variables to the instance, and
      // the operator's review form rejects it
      cycleCommands.dispute(monthlyBillId(cycle), variable(demandId, "billId"), "Too expensive");
      instance(bill).setAll((ObjectNode) JSON.valueToTree(Map.of("disputeReason", "Too expensive",
          "disputedBillId", variable(demandId, "billId"), "creditBillId", variable(demandId, "billId"),
          "disputeDecision", "REJECT", "disputeComment", "Billed as used")));
      completes(job("billing.cycle.reject-dispute", instance(bill), Map.of()), "{}");
    }));
    steps.add(new Step("billing.cycle.credit", "beyond what is payable throws INVALID_CREDIT", () -> {
      // disputed again; this time the review form accepts it with a credit
      cycleCommands.dispute(monthlyBillId(cycle), variable(demandId, "billId"), "One GPU hour too many");
      instance(bill).setAll((ObjectNode) JSON.valueToTree(Map.of("disputeReason", "One GPU hour too many",
          "disputeDecision", "ACCEPT", "creditFen", billTotal(), "disputeComment", "Goodwill")));
      throwsError(job("billing.cycle.credit", instance(bill), CREDIT_INPUTS), "INVALID_CREDIT",
          "Field 'amountFen' has an invalid value: " + billTotal(), "{}");
    }));
    steps.add(new Step("billing.cycle.credit", "issues the operator's credit note on the disputed bill", () -> {
      instance(bill).put("creditFen", 1);
      completes(job("billing.cycle.credit", instance(bill), CREDIT_INPUTS),
          "{\"payableFen\":" + (billTotal() - 2) + "}");
    }));
    steps.add(new Step("billing.cycle.pay", "from an empty wallet throws INSUFFICIENT_BALANCE", () -> throwsError(
        job("billing.cycle.pay", instance(bill), Map.of()), "INSUFFICIENT_BALANCE",
        "Wallet of '" + consumer + "' has 0 fen available, " + (billTotal() - 2) + " requested", "{}")));
    steps.add(new Step("billing.cycle.pay", "pays it from the topped-up wallet", () -> {
      wallets.topUp(consumer, 10_000_000, "c8 test", "c8-top-up-" + consumer);
      completes(job("billing.cycle.pay", instance(bill), Map.of()), "{\"paidFen\":" + (billTotal() - 2) + "}");
    }));
    steps.add(new Step("billing.cycle.remind", "reminds no one of a paid bill", () -> completes(
        job("billing.cycle.remind", instance(bill), Map.of()), "{\"reminded\":false}")));
    steps.add(new Step("billing.cycle.settle", "closes the paid bill", () -> completes(
        job("billing.cycle.settle", instance(bill), Map.of()), "{}")));
  }

  // The onboarded provider's resource-retirement steps.
  private void retirement(List<Step> steps) {
    steps.add(new Step("stop-provider-sync", "stops the periodic sync", () -> completes(
        job("stop-provider-sync", instance(PROVIDER), Map.of()), "{\"syncStopped\":true}")));
    steps.add(new Step("delist-products", "takes its products off sale", () -> completes(
        job("delist-products", instance(PROVIDER), Map.of()), "{\"delistedProducts\":3}")));
    steps.add(new Step("retire-products", "retires them", () -> completes(
        job("retire-products", instance(PROVIDER), Map.of()), "{\"retiredProducts\":3}")));
  }

  // Two periods of the demo data set issued to the demo unit: one accepted, one rejected.
  private void indicators(List<Step> steps) {
    String accepted = CollectionTasks.businessKey(DATA_SET, "2026-08", UNIT);
    String rejected = CollectionTasks.businessKey(DATA_SET, "2026-07", UNIT);
    Map<String, Object> goodValues = Map.of("ind_RS_CAP_TOTAL", 120.5, "ind_RS_CAP_USED", 80.25,
        "ind_CI_DC_RACKS", 3000, "ind_PC_ENERGY_PUE", 1.3);
    steps.add(new Step("indicator-remind", "reminds the unit's reporters", () -> {
      collection.issue(DATA_SET, "2026-08");
      collection.issue(DATA_SET, "2026-07");
      completes(job("indicator-remind", instance(accepted), Map.of()), "{}");
    }));
    steps.add(new Step("indicator-validate", "sends implausible values back to the form", () -> completes(
        job("indicator-validate", instance(accepted), Map.of("ind_RS_CAP_TOTAL", 120.5, "ind_RS_CAP_USED", 80.25,
            "ind_CI_DC_RACKS", 3000, "ind_PC_ENERGY_PUE", 7.5)),
        "{\"valid\":false,\"submissionId\":\"\",\"reviewComment\":\"" + ANY_STRING + "\"}")));
    steps.add(new Step("indicator-validate", "records plausible values for review, by the form's reporter", () -> {
      CLUSTER.completedUserTask(instanceKey(accepted), CollectionTasks.FILL_FORM, "reporter-demo");
      completes(job("indicator-validate", instance(accepted), goodValues),
          "{\"valid\":true,\"submissionId\":\"" + ANY_STRING + "\",\"reviewComment\":\"\"}");
      assertThat(jdbc.queryForObject("select submitted_by from ind_submission where id = ?", String.class,
          variable(accepted, "submissionId"))).isEqualTo("reporter-demo");
    }));
    steps.add(new Step("indicator-accept", "makes the reviewed values current, by the reviewer", () -> {
      CLUSTER.completedUserTask(instanceKey(accepted), "reviewSubmission", "regulator-demo");
      completes(job("indicator-accept", instance(accepted), Map.of()), "{}");
      assertThat(logged(variable(accepted, "submissionId"), "ACCEPTED")).isEqualTo("regulator-demo");
    }));
    steps.add(new Step("indicator-reject", "sends a reviewed submission back with the reviewer's comment", () -> {
      completes(job("indicator-validate", instance(rejected), goodValues),
          "{\"valid\":true,\"submissionId\":\"" + ANY_STRING + "\",\"reviewComment\":\"\"}");
      String submissionId = variable(rejected, "submissionId");
      CLUSTER.completedUserTask(instanceKey(rejected), "reviewSubmission", "regulator-demo");
      completes(job("indicator-reject", instance(rejected), Map.of("reviewComment", "Racks look doubled")),
          "{\"submissionId\":\"\",\"reviewComment\":\"Racks look doubled\"}");
      assertThat(logged(submissionId, "REJECTED")).isEqualTo("regulator-demo");
    }));
    steps.add(new Step("indicator-escalate", "escalates the overdue unit", () -> completes(
        job("indicator-escalate", instance(rejected), Map.of()), "{\"escalated\":true}")));
  }

  @TestFactory
  Stream<DynamicTest> everyTopicsJobGoesBackWithItsOutcome() {
    return steps().stream().map(step -> dynamicTest(step.topic() + " " + step.story(), step.check()));
  }

  @Test
  void everyWorkerTopicHasAStep() {
    Set<String> topics = new TreeSet<>();
    context.getBeansOfType(Worker.class).values().forEach(worker -> topics.add(worker.topic()));
    Set<String> covered = new TreeSet<>();
    steps().forEach(step -> covered.add(step.topic()));
    assertThat(covered).as("topics with a step").isEqualTo(topics);
  }

  /** A job's variables: its instance's, overlaid with the task's input mappings. */
  private record Job(String topic, String businessKey, ObjectNode variables) {
  }

  private Job job(String topic, Map<String, ?> variables) {
    return new Job(topic, null, JSON.valueToTree(variables));
  }

  private Job job(String topic, ObjectNode instance, Map<String, ?> inputs) {
    ObjectNode variables = instance.deepCopy();
    variables.setAll((ObjectNode) JSON.valueToTree(inputs));
    return new Job(topic, instance.path("businessKey").asText(), variables);
  }

  /** The variables of the instance the hub started with this business key, as the cluster keeps them. */
  private ObjectNode instance(String businessKey) {
    return instances.computeIfAbsent(Objects.requireNonNull(businessKey, "business key"), key -> {
      for (LoggedRequest start : CLUSTER.server().findAll(postRequestedFor(urlEqualTo("/v2/process-instances")))) {
        JsonNode variables = read(start.getBodyAsString()).path("variables");
        if (key.equals(variables.path("businessKey").asText())) {
          return (ObjectNode) variables.deepCopy();
        }
      }
      throw new AssertionError("The hub started no instance with business key " + key);
    });
  }

  /** An instance this test starts itself, as the cluster would on a message start event. */
  private ObjectNode started(String businessKey, Map<String, ?> variables) {
    ObjectNode instance = JSON.valueToTree(variables);
    instance.put("businessKey", businessKey);
    instances.put(businessKey, instance);
    return instance;
  }

  /** Hands the last message the hub published under this name and key to its instance, as the cluster would. */
  private void delivered(String message, String businessKey) {
    JsonNode publication = CLUSTER.server().findAll(postRequestedFor(urlEqualTo("/v2/messages/publication")))
        .stream().map(request -> read(request.getBodyAsString()))
        .filter(body -> message.equals(body.path("name").asText())
            && businessKey.equals(body.path("correlationKey").asText()))
        .reduce((earlier, later) -> later)
        .orElseThrow(() -> new AssertionError("The hub published no " + message + " to " + businessKey));
    instance(businessKey).setAll((ObjectNode) publication.path("variables"));
  }

  private long instanceKey(String businessKey) {
    return instanceKeys.computeIfAbsent(businessKey, key -> CLUSTER.newInstanceKey());
  }

  private String variable(String businessKey, String name) {
    return instance(businessKey).path(name).asText();
  }

  // who the collection log names for a submission's step
  private String logged(String submissionId, String action) {
    return jdbc.queryForObject("select actor from ind_collection_log where submission_id = ? and action = ?",
        String.class, submissionId, action);
  }

  private String monthlyBillId(String cycle) {
    return instance(cycle).path("monthlyBillIds").path(0).asText();
  }

  private long billTotal() {
    return variable(demandId, "billTotalFen", Long.class);
  }

  private <T> T variable(String businessKey, String name, Class<T> type) {
    return JSON.convertValue(instance(businessKey).path(name), type);
  }

  private void simulatorFaults(String provider, String faults) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/simulator/" + provider + "/_faults"))
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(faults)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private void completes(Job job, String variables) {
    JsonNode body = outcome(job, "completion", "{\"variables\":" + variables + "}");
    if (job.businessKey() != null) {
      instances.get(job.businessKey()).setAll((ObjectNode) body.path("variables"));
    }
  }

  private void throwsError(Job job, String code, String message, String variables) {
    outcome(job, "error", """
        {"errorCode":"%s","errorMessage":"%s","variables":%s}""".formatted(code, message, variables));
  }

  private void fails(Job job, int retries, long backoffMillis, String message) {
    outcome(job, "failure", """
        {"retries":%d,"retryBackOff":%d,"errorMessage":"%s"}""".formatted(retries, backoffMillis, message));
  }

  private JsonNode outcome(Job job, String kind, String expected) {
    long instanceKey = job.businessKey() == null ? CLUSTER.newInstanceKey() : instanceKey(job.businessKey());
    LoggedRequest outcome = CLUSTER.serve(job.topic(), instanceKey, 3, job.variables().toString());
    String body = outcome.getBodyAsString();
    assertThat(outcome.getUrl()).as("outcome of %s: %s", job.topic(), body).endsWith("/" + kind);
    assertThat(WireMock.equalToJson(expected).match(body).isExactMatch())
        .as("%s body %s, expected %s", kind, body, expected).isTrue();
    return read(body);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
