package io.computility.hub.workers.camunda8;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.runtime.WorkersProperties;
import io.computility.hub.workers.runtime.WorkersProperties.TopicSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Serves every {@link Worker} bean as a Camunda 8 job worker on its topic (the job type), after deploying the
 * converted models. Each topic's job timeout, retries, back-off and batch size are its {@code hub.workers.*}
 * settings; the client polls over REST ({@code POST /v2/jobs/activation}), job streaming stays off.
 */
final class JobWorkers implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

  private final CamundaClient client;
  private final ModelDeployment deployment;
  private final List<Worker> workers;
  private final WorkersProperties workerSettings;
  private final Camunda8Properties properties;
  private final String workerName;
  private final List<JobWorker> open = new ArrayList<>();

  private ScheduledExecutorService scheduler;
  private boolean running;

  JobWorkers(CamundaClient client, ModelDeployment deployment, List<Worker> workers,
      WorkersProperties workerSettings, Camunda8Properties properties, String workerName) {
    this.client = client;
    this.deployment = deployment;
    this.workers = List.copyOf(workers);
    Set<String> topics = new HashSet<>();
    for (Worker worker : workers) {
      if (!topics.add(worker.topic())) {
        throw new IllegalStateException("Two workers serve topic '" + worker.topic() + "'");
      }
    }
    this.workerSettings = workerSettings;
    this.properties = properties;
    this.workerName = workerName;
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    deployment.deploy();
    scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "hub-job-deadlines");
      thread.setDaemon(true);
      return thread;
    });
    JobDeadlines deadlines = new JobDeadlines(client, scheduler);
    for (Worker worker : workers) {
      TopicSettings settings = workerSettings.topic(worker.topic());
      var builder = client.newWorker()
          .jobType(worker.topic())
          .handler(new JobRunner(worker, settings, deadlines))
          .name(workerName)
          .timeout(settings.lockDuration())
          .maxJobsActive(Math.min(settings.maxTasks(), workerSettings.concurrency()))
          .pollInterval(properties.pollInterval())
          .requestTimeout(properties.requestTimeout())
          .streamEnabled(false);
      if (properties.tenantId() != null) {
        builder.tenantId(properties.tenantId());
      }
      open.add(builder.open());
    }
    running = true;
    log.info("Camunda 8 job workers {} serve {}", workerName, workers.stream().map(Worker::topic).toList());
  }

  @Override
  public synchronized void stop() {
    running = false;
    open.forEach(JobWorker::close);
    open.clear();
    if (scheduler != null) {
      scheduler.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return running;
  }
}
