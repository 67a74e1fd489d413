package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.Caller;
import io.computility.hub.indicators.IndicatorsProperties;
import io.computility.hub.indicators.MonitoringProblem;
import io.computility.hub.indicators.units.ReportingUnit;
import io.computility.hub.indicators.units.ReportingUnits;
import io.computility.hub.workers.process.ProcessCommands;
import io.computility.hub.workers.process.ProcessCommands.WaitingTask;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.operaton.bpm.engine.RepositoryService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Collection tasks (M-9.3 a): issuing a data set for a period starts one {@code indicatorCollection} process per
 * unit that owes it, with the data set's generated form deployed first. Submissions from batch upload or API push
 * for a unit whose task waits are handed to that task, so every way in goes through the same validation and review.
 * Each newly started task is announced as a {@link CollectionDue} event.
 */
@Service
public class CollectionTasks {

  /** The collection process's key ({@code processes/indicator-collection.bpmn}). */
  public static final String PROCESS_KEY = "indicatorCollection";
  /** The user task in which a unit's reporters fill the form. */
  public static final String FILL_FORM = "fillForm";

  private final DataSets dataSets;
  private final ReportingUnits units;
  private final Submissions submissions;
  private final ProcessCommands processes;
  private final RepositoryService repository;
  private final Clock clock;
  private final ZoneId zone;
  private final ApplicationEventPublisher events;
  private final FormGenerator forms = new FormGenerator();

  CollectionTasks(DataSets dataSets, ReportingUnits units, Submissions submissions, ProcessCommands processes,
      RepositoryService repository, Clock clock, IndicatorsProperties properties,
      ApplicationEventPublisher events) {
    this.dataSets = dataSets;
    this.units = units;
    this.submissions = submissions;
    this.processes = processes;
    this.repository = repository;
    this.clock = clock;
    this.zone = properties.zone();
    this.events = events;
  }

  /** One collection process started (or found running) for a unit. */
  public record IssuedTask(String unitCode, String processInstanceId, Instant remindAt, Instant dueAt) {
  }

  /** The business key of a unit's collection task: {@code DC_MONTHLY/2026-10/DC-BJ-01}. */
  public static String businessKey(String dataSetCode, String period, String unitCode) {
    return dataSetCode + "/" + period + "/" + unitCode;
  }

  /** Issues a data set for a period; issuing again starts nothing new. */
  public List<IssuedTask> issue(String dataSetCode, String period) {
    DataSet dataSet = dataSets.get(dataSetCode);
    if (!dataSet.periodType().accepts(period)) {
      throw new MonitoringProblem.Invalid("period-invalid", "Period '" + period + "' is not a "
          + dataSet.periodType() + " period of data set " + dataSetCode, "period");
    }
    String formId = deployForm(dataSet);
    Instant dueAt = dataSet.periodType().end(period).atZone(zone).toInstant()
        .plus(DataSet.duration(dataSet.dueAfter()));
    Instant remindAt = dueAt.minus(DataSet.duration(dataSet.remindBefore()));
    List<IssuedTask> issued = new ArrayList<>();
    for (String unitCode : dataSet.unitCodes()) {
      ReportingUnit unit = units.get(unitCode);
      String key = businessKey(dataSetCode, period, unitCode);
      Optional<String> running = processes.runningInstance(PROCESS_KEY, key);
      if (running.isEmpty()) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("dataSetCode", dataSetCode);
        variables.put("period", period);
        variables.put("unitCode", unitCode);
        variables.put("regionCode", unit.regionCode());
        variables.put("reporters", String.join(",", unit.reporters()));
        variables.put("formId", formId);
        variables.put("remindAt", Date.from(remindAt.isBefore(clock.instant()) ? clock.instant() : remindAt));
        variables.put("dueAt", Date.from(dueAt));
        variables.put("submissionId", "");
        variables.put("reviewComment", "");
        running = Optional.of(processes.start(PROCESS_KEY, key, variables));
        events.publishEvent(new CollectionDue(unitCode, dataSetCode, period));
      }
      issued.add(new IssuedTask(unitCode, running.get(), remindAt, dueAt));
    }
    return issued;
  }

  /**
   * Receives a batch or API submission. When it answers a data set whose collection task waits for the unit, the
   * valid submission completes that task and goes on to review; otherwise valid values are accepted at once.
   */
  public Submission submit(Submissions.Incoming incoming, Caller caller) {
    Optional<WaitingTask> waiting = waitingTask(incoming);
    return handOver(waiting, submissions.receive(incoming, caller, waiting.isPresent()));
  }

  /**
   * Like {@link #submit(Submissions.Incoming, Caller)} for a set of submissions checked already (a batch file's
   * rows, a bulk push): the collection tasks waiting for any of them are found in one engine query, and the set is
   * stored in one transaction ({@link Submissions#receiveAll}). A task takes the first valid submission for it.
   */
  public List<Submission> submitAll(List<Submissions.Checked> checked, Caller caller) {
    List<String> keys = checked.stream().map(Submissions.Checked::incoming).map(CollectionTasks::businessKey)
        .filter(Objects::nonNull).distinct().toList();
    Map<String, WaitingTask> waiting = processes.waitingUserTasks(PROCESS_KEY, keys, FILL_FORM);
    List<Submission> stored = submissions.receiveAll(checked.stream().map(one -> new Submissions.Pending(one,
        waits(waiting, businessKey(one.incoming())))).toList(), caller);
    Set<String> handedOver = new HashSet<>();
    for (int i = 0; i < stored.size(); i++) {
      String key = businessKey(checked.get(i).incoming());
      if (key != null && stored.get(i).status() == SubmissionStatus.VALIDATED && handedOver.add(key)) {
        handOver(Optional.ofNullable(waiting.get(key)), stored.get(i));
      }
    }
    return stored;
  }

  private static boolean waits(Map<String, WaitingTask> waiting, String key) {
    return key != null && waiting.containsKey(key);
  }

  private Optional<WaitingTask> waitingTask(Submissions.Incoming incoming) {
    String key = businessKey(incoming);
    return key == null ? Optional.empty() : processes.waitingUserTask(PROCESS_KEY, key, FILL_FORM);
  }

  /** The business key of the collection task a submission may answer; {@code null} without a data set. */
  private static String businessKey(Submissions.Incoming incoming) {
    return incoming.dataSetCode() == null ? null
        : businessKey(incoming.dataSetCode(), incoming.period(), incoming.unitCode());
  }

  private Submission handOver(Optional<WaitingTask> waiting, Submission submission) {
    // A replayed submission still VALIDATED never reached the task (completing it failed, e.g. on a concurrent
    // change of the instance): hand it over now. One handed over already is in review, and no task waits.
    if (waiting.isPresent() && submission.status() == SubmissionStatus.VALIDATED) {
      processes.completeUserTask(waiting.get(), Map.of("submissionId", submission.id(),
          "channel", submission.channel().name()));
    }
    return submission;
  }

  /** Who completed the latest instance of a user task in a process (the reporter or the reviewer). */
  public String lastAssignee(String processInstanceId, String taskKey, String fallback) {
    return processes.lastAssignee(processInstanceId, taskKey).orElse(fallback);
  }

  /** Deploys the data set's form unless the same one is deployed already; answers its form id. */
  public String deployForm(DataSet dataSet) {
    String formId = FormGenerator.formId(dataSet.code());
    repository.createDeployment().name(formId).enableDuplicateFiltering(true)
        .addString(formId + ".form", forms.generate(dataSet, dataSets.indicators(dataSet)))
        .deploy();
    return formId;
  }
}
