package io.computility.hub.ledger.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.ledger.EvidenceType;
import io.computility.hub.ledger.LedgerSpringTest;
import io.computility.hub.ledger.LedgerTestApplication.SwitchableLedger;
import io.computility.hub.ledger.chain.EvidenceProof;
import io.computility.hub.ledger.embedded.EmbeddedLedger;
import io.computility.hub.ledger.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * Given a process with a user task and an external service task, when it runs, then every step lands on the
 * ledger once, in order, with a proof that checks against the node's public key.
 */
@LedgerSpringTest
class EvidenceProcessTest {

    private static final String TOPIC = "ledger-test-reserve";

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ExternalTaskService externalTaskService;
    @Autowired IdentityService identityService;
    @Autowired SwitchableLedger ledger;
    @Autowired EmbeddedLedger embedded;
    @Autowired OutboxRelay relay;
    @Autowired MeterRegistry meters;
    @Autowired @Qualifier("ledger") HealthIndicator ledgerHealth;

    private String orderId;

    @BeforeEach
    void deploy() {
        orderId = "order-" + UUID.randomUUID();
        repositoryService.createDeployment().addModelInstance("ledger-demo.bpmn", orderProcess()).deploy();
    }

    @AfterEach
    void cleanUp() {
        ledger.setDown(false);
        identityService.clearAuthentication();
    }

    @Test
    void everyStepIsOnTheLedgerInOrderWithAValidProof() {
        ProcessInstance instance = start("alice");
        completeReview("bob");
        completeReservation(Map.of("capacityId", "cap-7"));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        List<EvidenceRecord> records = sealedRecords(7);
        assertThat(records).extracting(EvidenceRecord::type, EvidenceRecord::activityId, EvidenceRecord::actor)
                .containsExactly(
                        tuple(EvidenceType.PROCESS_STARTED, null, "alice"),
                        tuple(EvidenceType.ACTIVITY_ENDED, "orderReceived", "alice"),
                        tuple(EvidenceType.USER_TASK_COMPLETED, "reviewOrder", "bob"),
                        tuple(EvidenceType.ACTIVITY_ENDED, "reviewOrder", "bob"),
                        tuple(EvidenceType.ACTIVITY_ENDED, "reserveCapacity", null),
                        tuple(EvidenceType.ACTIVITY_ENDED, "orderFulfilled", null),
                        tuple(EvidenceType.PROCESS_ENDED, null, null));
        assertThat(records).allSatisfy(r -> {
            assertThat(r.processKey()).isEqualTo("ledgerDemo");
            assertThat(r.processInstanceId()).isEqualTo(instance.getId());
            assertThat(r.businessKey()).isEqualTo(orderId);
            assertThat(r.payloadDigest()).hasSize(64);
        });
        assertThat(records.get(3).activityName()).isEqualTo("Review order");
        assertThat(records.get(4).payloadDigest()).isNotEqualTo(records.get(1).payloadDigest());
        assertProofs(records);
        assertThat(embedded.chain().verify().valid()).isTrue();
    }

    @Test
    void aCaughtBpmnErrorIsOnTheLedger() {
        start("alice");
        completeReview("bob");
        LockedExternalTask task = lockReservation();
        externalTaskService.handleBpmnError(task.getId(), "worker", "capacityUnavailable");

        List<EvidenceRecord> records = sealedRecords(9);
        assertThat(records).extracting(EvidenceRecord::type, EvidenceRecord::activityId).endsWith(
                tuple(EvidenceType.ACTIVITY_ENDED, "reserveCapacity"),
                tuple(EvidenceType.BPMN_ERROR, "noCapacity"),
                tuple(EvidenceType.ACTIVITY_ENDED, "noCapacity"),
                tuple(EvidenceType.ACTIVITY_ENDED, "orderRejected"),
                tuple(EvidenceType.PROCESS_ENDED, null));
        assertThat(records).filteredOn(r -> r.type() == EvidenceType.BPMN_ERROR)
                .extracting(EvidenceRecord::detail).containsExactly("capacityUnavailable");
        assertProofs(records);
    }

    @Test
    void anIncidentIsOnTheLedger() {
        start("alice");
        completeReview("bob");
        LockedExternalTask task = lockReservation();
        externalTaskService.handleFailure(task.getId(), "worker", "provider timed out", 0, 0);

        List<EvidenceRecord> records = sealedRecords(5);
        assertThat(records.get(4).type()).isEqualTo(EvidenceType.INCIDENT);
        assertThat(records.get(4).activityId()).isEqualTo("reserveCapacity");
        assertThat(records.get(4).detail()).isEqualTo("failedExternalTask: provider timed out");
        assertProofs(records);
    }

    @Test
    void aStepThatRollsBackLeavesNoEvidence() {
        BpmnModelInstance failing = Bpmn.createExecutableProcess("ledgerFailing").name("Failing")
                .operatonHistoryTimeToLive(1)
                .startEvent("begin").name("Begin")
                .serviceTask("explode").name("Explode").operatonExpression("${noSuchBean.boom()}")
                .endEvent("finish").name("Finish")
                .done();
        repositoryService.createDeployment().addModelInstance("ledger-failing.bpmn", failing).deploy();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("ledgerFailing", orderId))
                .isInstanceOf(RuntimeException.class);
        relay.drain();
        assertThat(ledger.recordsOf(orderId)).isEmpty();
        assertThat(relay.backlog().size()).isZero();
    }

    @Test
    void whileTheLedgerIsDownTheProcessCompletesAndTheBacklogDrainsLaterExactlyOnce() {
        ledger.setDown(true);
        start("alice");
        completeReview("bob");
        completeReservation(Map.of());

        await().atMost(Duration.ofSeconds(20)).until(() -> relay.consecutiveFailures() >= 2);
        assertThat(relay.backlog().size()).isGreaterThanOrEqualTo(7);
        assertThat(ledger.recordsOf(orderId)).isEmpty();
        assertThat(meters.get("hub.ledger.backlog.records").gauge().value()).isGreaterThanOrEqualTo(7);
        assertThat(ledgerHealth.health().getDetails()).containsKey("lastError");

        ledger.setDown(false);
        List<EvidenceRecord> records = sealedRecords(7);
        await().atMost(Duration.ofSeconds(20)).until(() -> relay.backlog().size() == 0);
        assertThat(records).extracting(EvidenceRecord::recordId).doesNotHaveDuplicates();
        assertThat(ledger.recordsOf(orderId)).hasSize(7);
        assertProofs(records);
        assertThat(embedded.chain().verify().valid()).isTrue();
        assertThat(ledgerHealth.health().getStatus()).isEqualTo(Status.UP);
    }

    private ProcessInstance start(String user) {
        identityService.setAuthenticatedUserId(user);
        try {
            return runtimeService.startProcessInstanceByKey("ledgerDemo", orderId, Map.of("orderId", orderId));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void completeReview(String user) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(orderId).singleResult().getId();
        identityService.setAuthenticatedUserId(user);
        try {
            taskService.complete(taskId, Map.of("approved", true));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private LockedExternalTask lockReservation() {
        List<LockedExternalTask> tasks = externalTaskService.fetchAndLock(10, "worker")
                .topic(TOPIC, 60_000).businessKey(orderId).execute();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private void completeReservation(Map<String, Object> variables) {
        externalTaskService.complete(lockReservation().getId(), "worker", variables);
    }

    /** Waits until {@code count} records of the order are on the ledger, each with a proof (its block sealed). */
    private List<EvidenceRecord> sealedRecords(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<EvidenceRecord> records = ledger.recordsOf(orderId);
            return records.size() == count && records.stream().allMatch(r -> ledger.proof(r.recordId()).isPresent());
        });
        return ledger.recordsOf(orderId);
    }

    private void assertProofs(List<EvidenceRecord> records) {
        for (EvidenceRecord record : records) {
            EvidenceProof proof = embedded.proof(record.recordId()).orElseThrow();
            assertThat(proof.record()).isEqualTo(record);
            assertThat(proof.check(embedded.chain().publicKey())).isEmpty();
        }
    }

    private static BpmnModelInstance orderProcess() {
        return Bpmn.createExecutableProcess("ledgerDemo").name("Ledger demo")
                .operatonHistoryTimeToLive(1).operatonVersionTag("1")
                .startEvent("orderReceived").name("Order received")
                .userTask("reviewOrder").name("Review order")
                .serviceTask("reserveCapacity").name("Reserve capacity").operatonExternalTask(TOPIC)
                .endEvent("orderFulfilled").name("Order fulfilled")
                .moveToActivity("reserveCapacity")
                .boundaryEvent("noCapacity").name("No capacity").error("capacityUnavailable")
                .endEvent("orderRejected").name("Order rejected")
                .done();
    }
}
