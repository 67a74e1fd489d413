package io.computility.hub.indicators.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.IndicatorsTestApplication;
import io.computility.hub.indicators.analysis.Alerts;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.indicators.units.UnitKind;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code indicator-collection.bpmn}: a monthly collection for three units. One reports through the generated form
 * in Tasklist, is rejected by the reviewer and resubmits; one is overdue, escalated, then uploads a batch; one
 * pushes through the API. Timers are driven through the engine's job API.
 */
@SpringBootTest(classes = IndicatorsTestApplication.class)
@AutoConfigureMockMvc // shares the API tests' context instead of booting the engine a second time
class IndicatorCollectionProcessTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String PERIOD = "2026-12";

  @Autowired CollectionTasks collection;
  @Autowired DataSets dataSets;
  @Autowired ReportingUnits units;
  @Autowired Submissions submissions;
  @Autowired BatchUploads batches;
  @Autowired SubmissionLog log;
  @Autowired Alerts alerts;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  private final String run = Long.toString(System.nanoTime(), 36).toUpperCase();

  @Test
  void collectsAMonthThroughFormBatchAndPushWithARejectionAndAnEscalation() throws Exception {
    // Given three data centres in Beijing, Shanghai and Guangzhou owing a monthly data set
    String formUnit = unit("FORM-" + run, "110105");
    String batchUnit = unit("BATCH-" + run, "310115");
    String pushUnit = unit("PUSH-" + run, "440106");
    String dataSet = "TEST_" + run;
    dataSets.save(new DataSet(dataSet, "测试月报", "Test monthly report", PeriodType.MONTH, "P10D", "P3D",
        List.of("RS.CAP.TOTAL", "RS.CAP.USED", "PC.ENERGY.PUE"), List.of(formUnit, batchUnit, pushUnit)));

    // When the operator issues the task for December
    List<CollectionTasks.IssuedTask> issued = collection.issue(dataSet, PERIOD);

    // Then each unit's reporters find a form task with the generated form
    assertThat(issued).extracting(CollectionTasks.IssuedTask::unitCode)
        .containsExactlyInAnyOrder(formUnit, batchUnit, pushUnit);
    Task formTask = fillTask(formUnit);
    assertThat(tasks.createTaskQuery().taskCandidateUser(reporter(formUnit)).list())
        .extracting(Task::getId).containsExactly(formTask.getId());
    try (InputStream form = forms.getDeployedTaskForm(formTask.getId())) {
      String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains("\"key\" : \"ind_PC_ENERGY_PUE\"", "\"min\" : 1", "电能利用效率");
    }

    // When the form unit submits through the form, and the reviewer sends it back
    tasks.claim(formTask.getId(), reporter(formUnit));
    tasks.complete(formTask.getId(), Map.of("ind_RS_CAP_TOTAL", 20.0, "ind_RS_CAP_USED", 15.0,
        "ind_PC_ENERGY_PUE", 1.9));
    review(formUnit, false, "PUE 1.9 looks too high; please check the metering / 请核实PUE");

    // Then the form comes back with the comment, and the resubmission is approved
    Task again = fillTask(formUnit);
    assertThat(runtime.getVariable(again.getProcessInstanceId(), "reviewComment"))
        .isEqualTo("PUE 1.9 looks too high; please check the metering / 请核实PUE");
    tasks.claim(again.getId(), reporter(formUnit));
    tasks.complete(again.getId(), Map.of("ind_RS_CAP_TOTAL", 20.0, "ind_RS_CAP_USED", 15.0,
        "ind_PC_ENERGY_PUE", 1.29));
    review(formUnit, true, "");

    // When the push unit pushes its values through the API
    Submission pushed = collection.submit(new Submissions.Incoming(pushUnit, dataSet, PERIOD, Channel.API_PUSH,
        Map.of("RS.CAP.TOTAL", "8", "RS.CAP.USED", "2", "PC.ENERGY.PUE", "1.35"), null), reporterOf(pushUnit));
    assertThat(pushed.status()).isEqualTo(SubmissionStatus.VALIDATED);
    review(pushUnit, true, "");

    // When the batch unit lets its reminder and due time pass
    String batchInstance = fillTask(batchUnit).getProcessInstanceId();
    List<Job> timers = management.createJobQuery().processInstanceId(batchInstance).timers()
        .orderByJobDuedate().asc().list();
    assertThat(timers).extracting(Job::getDuedate).hasSize(2).isSorted();
    management.executeJob(timers.get(0).getId());
    await().atMost(TIMEOUT).until(() -> passed(batchInstance).contains("reportersReminded"));
    management.executeJob(timers.get(1).getId());

    // Then its reporters were reminded and the regulators were alerted, and the form is still open
    await().atMost(TIMEOUT).until(() -> passed(batchInstance).contains("overdueEscalated"));
    assertThat(fillTask(batchUnit).getProcessInstanceId()).isEqualTo(batchInstance);
    assertThat(log.of(batchUnit, PERIOD)).extracting(LogEntry::action).contains("REMINDED", "ESCALATED");
    assertThat(alerts.list(new Caller("regulator-sh", Set.of("REGULATOR"), "r", "310000"), PERIOD, "OVERDUE", 0,
        100)).extracting(alert -> alert.unitCode()).contains(batchUnit);
    assertThat(alerts.list(new Caller("regulator-bj", Set.of("REGULATOR"), "r", "110000"), PERIOD, "OVERDUE", 0,
        100)).extracting(alert -> alert.unitCode()).doesNotContain(batchUnit);

    // When it uploads its batch late, and the reviewer approves
    batches.upload(dataSet, """
        # late but complete
        unit_code,period,RS.CAP.TOTAL,RS.CAP.USED,PC.ENERGY.PUE
        %s,%s,30,21,1.25
        """.formatted(batchUnit, PERIOD), reporterOf(batchUnit));
    review(batchUnit, true, "");

    // Then every instance has ended with its values accepted, each by its own way in
    for (CollectionTasks.IssuedTask task : issued) {
      await().atMost(TIMEOUT).until(() -> passed(task.processInstanceId()).contains("valuesAccepted"));
    }
    assertThat(passed(again.getProcessInstanceId())).containsSubsequence("collectionIssued", "fillForm",
        "validateSubmission", "reviewSubmission", "rejectSubmission", "fillForm", "validateSubmission",
        "reviewSubmission", "acceptSubmission", "valuesAccepted");
    assertThat(submissions.ofUnit(formUnit, PERIOD, Caller.system("test")))
        .extracting(Submission::channel, Submission::status)
        .containsExactlyInAnyOrder(tuple(Channel.FORM, SubmissionStatus.ACCEPTED),
            tuple(Channel.FORM, SubmissionStatus.REJECTED));
    assertThat(submissions.ofUnit(batchUnit, PERIOD, Caller.system("test")))
        .extracting(Submission::channel).containsExactly(Channel.BATCH);
    assertThat(submissions.ofUnit(pushUnit, PERIOD, Caller.system("test")))
        .extracting(Submission::channel).containsExactly(Channel.API_PUSH);
    assertThat(log.of(formUnit, PERIOD)).extracting(LogEntry::action)
        .containsSubsequence("RECEIVED", "VALIDATED", "REJECTED", "RECEIVED", "VALIDATED", "ACCEPTED");
  }

  @Test
  void aBatchWithOneBadRowStoresNothingAndReportsEveryRow() {
    String first = unit("B1-" + run, "110105");
    String second = unit("B2-" + run, "110106");
    String dataSet = "BATCH_" + run;
    dataSets.save(new DataSet(dataSet, "批量测试", "Batch test", PeriodType.MONTH, "P10D", "P3D",
        List.of("RS.CAP.TOTAL", "RS.CAP.USED"), List.of(first, second)));
    String csv = """
        unit_code,period,RS.CAP.TOTAL,RS.CAP.USED
        %s,2026-09,10,4
        %s,2026-09,10,14
        """.formatted(first, second);

    assertThat(catchThrowableOfType(
            () -> batches.upload(dataSet, csv, Caller.system("operator-demo")),
            BatchUploads.BatchRejectedException.class).getBody().getProperties().get("errors"))
        .asList().singleElement().hasFieldOrPropertyWithValue("line", 3)
        .hasFieldOrPropertyWithValue("indicator", "RS.CAP.USED")
        .hasFieldOrPropertyWithValue("rule", "USED_LE_TOTAL");
    assertThat(submissions.ofUnit(first, "2026-09", Caller.system("test"))).isEmpty();
  }

  private void review(String unit, boolean approved, String comment) {
    Task review = await().atMost(TIMEOUT).until(() -> tasks.createTaskQuery().taskCandidateGroup("REGULATOR")
        .processInstanceBusinessKeyLike("%/" + unit).singleResult(), task -> task != null);
    tasks.claim(review.getId(), "regulator-" + unit);
    tasks.complete(review.getId(), Map.of("approved", approved, "reviewComment", comment));
  }

  private Task fillTask(String unit) {
    return await().atMost(TIMEOUT).until(() -> tasks.createTaskQuery()
        .taskDefinitionKey(CollectionTasks.FILL_FORM).processInstanceBusinessKeyLike("%/" + unit).singleResult(),
        task -> task != null);
  }

  private List<String> passed(String processInstanceId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).finished()
        .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
  }

  private String unit(String code, String region) {
    units.save(new ReportingUnit(code, "测试单位 " + code, "Test unit " + code, UnitKind.DATA_CENTRE, region,
        List.of(reporter(code))));
    return code;
  }

  private static String reporter(String unit) {
    return "reporter-" + unit.toLowerCase();
  }

  private static Caller reporterOf(String unit) {
    return new Caller(reporter(unit), Set.of("REPORTER"), unit, "000000");
  }
}
