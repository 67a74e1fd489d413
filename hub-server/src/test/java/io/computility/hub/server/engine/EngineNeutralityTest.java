package io.computility.hub.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.computility.hub.server.HubIntegrationTest;
import io.computility.hub.workers.Worker;
import io.computility.hub.workers.process.ProcessCommands;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The hub as assembled, on its default engine: no Camunda 8 bean exists; every worker topic has a Camunda Modeler
 * element template in both flavours (processes/element-templates) and every template names a worker's topic; the
 * models converted for Camunda 8 are on the classpath, and every job type in them has a worker.
 */
@HubIntegrationTest
class EngineNeutralityTest {

  private static final Path TEMPLATES = Path.of("..", "processes", "element-templates");
  private static final Pattern JOB_TYPE = Pattern.compile("<zeebe:taskDefinition type=\"([^\"]+)\"");

  @Autowired ApplicationContext context;
  @Autowired ProcessCommands processes;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theDefaultEngineIsOperatonAndNoCamunda8BeanExists() {
    assertThat(context.getBeanNamesForType(io.camunda.client.CamundaClient.class)).isEmpty();
    assertThat(processes.getClass().getSimpleName()).isEqualTo("OperatonProcessCommands");
  }

  @Test
  void everyWorkerTopicHasBothTemplatesAndEveryTemplateNamesAWorkersTopic() throws IOException {
    Set<String> topics = workerTopics();
    Map<String, String> camunda7 = topicsOf("hub-workers.camunda7.json", "camunda:topic");
    Map<String, String> camunda8 = topicsOf("hub-workers.camunda8.json", "type");

    assertThat(camunda7.keySet()).as("Camunda 7 templates by topic").containsAll(topics);
    assertThat(camunda8.keySet()).as("Camunda 8 templates by topic").containsAll(topics);
    assertThat(topics).as("topics named by templates").containsAll(camunda7.keySet()).containsAll(camunda8.keySet());
    assertThat(camunda8).as("the same template id in both flavours").isEqualTo(camunda7);
  }

  @Test
  void everyJobTypeOfTheConvertedModelsHasAWorker() throws IOException {
    Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:camunda8/*.bpmn");
    assertThat(models).extracting(Resource::getFilename)
        .contains("hello.bpmn", "indicator-collection.bpmn", "resource-onboarding.bpmn", "resource-retirement.bpmn");

    Set<String> jobTypes = new TreeSet<>();
    for (Resource model : models) {
      try (InputStream in = model.getInputStream()) {
        Matcher type = JOB_TYPE.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        while (type.find()) {
          jobTypes.add(type.group(1));
        }
      }
    }
    assertThat(workerTopics()).containsAll(jobTypes);
  }

  private Set<String> workerTopics() {
    Set<String> topics = new TreeSet<>();
    context.getBeansOfType(Worker.class).values().forEach(worker -> topics.add(worker.topic()));
    return topics;
  }

  // Template id by the topic its hidden topic or job-type property fixes.
  private Map<String, String> topicsOf(String file, String bindingName) throws IOException {
    Map<String, String> byTopic = new TreeMap<>();
    for (JsonNode template : json.readTree(TEMPLATES.resolve(file).toFile())) {
      for (JsonNode property : template.path("properties")) {
        JsonNode binding = property.path("binding");
        boolean fixesTopic = bindingName.equals(binding.path("name").asText())
            || bindingName.equals(binding.path("property").asText())
            && "zeebe:taskDefinition".equals(binding.path("type").asText());
        if (fixesTopic) {
          assertThat(property.path("type").asText()).as("%s fixes its topic", template.path("id")).isEqualTo("Hidden");
          String previous = byTopic.put(property.path("value").asText(), template.path("id").asText());
          assertThat(previous).as("one template per topic in %s", file).isNull();
        }
      }
    }
    return byTopic;
  }
}
