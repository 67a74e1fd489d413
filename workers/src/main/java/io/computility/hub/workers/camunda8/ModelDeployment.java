package io.computility.hub.workers.camunda8;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Deploys the hub's models, converted for Camunda 8 at build time ({@code processes/target/camunda8/}), in one
 * deployment ({@code POST /v2/deployments}). The cluster keeps an unchanged model at its version, so deploying
 * at every start is harmless.
 */
final class ModelDeployment {

  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final CamundaClient client;
  private final ResourcePatternResolver resources;
  private final Camunda8Properties properties;

  ModelDeployment(CamundaClient client, ResourcePatternResolver resources, Camunda8Properties properties) {
    this.client = client;
    this.resources = resources;
    this.properties = properties;
  }

  /** Deploys every model found; returns their file names (none found deploys nothing). */
  List<String> deploy() {
    List<Resource> models = models();
    if (models.isEmpty()) {
      log.warn("No Camunda 8 models found at {}; nothing deployed", properties.models());
      return List.of();
    }
    DeployResourceCommandStep2 command = null;
    for (Resource model : models) {
      byte[] content = read(model);
      command = command == null
          ? client.newDeployResourceCommand().addResourceBytes(content, model.getFilename())
          : command.addResourceBytes(content, model.getFilename());
    }
    if (properties.tenantId() != null) {
      command.tenantId(properties.tenantId());
    }
    long key = command.send().join().getKey();
    List<String> names = models.stream().map(Resource::getFilename).toList();
    log.info("Deployed Camunda 8 models {} (deployment {})", names, key);
    return names;
  }

  private List<Resource> models() {
    try {
      return Arrays.stream(resources.getResources(properties.models()))
          .filter(Resource::isReadable)
          .sorted(Comparator.comparing(resource -> Objects.requireNonNull(resource.getFilename())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the Camunda 8 models at " + properties.models(), e);
    }
  }

  private static byte[] read(Resource model) {
    try (InputStream in = model.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Camunda 8 model " + model, e);
    }
  }
}
