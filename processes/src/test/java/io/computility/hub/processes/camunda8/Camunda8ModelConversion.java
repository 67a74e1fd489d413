package io.computility.hub.processes.camunda8;

import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.community.migration.converter.ConverterPropertiesFactory;
import org.camunda.community.migration.converter.DefaultConverterProperties;
import org.camunda.community.migration.converter.DiagramCheckResult;
import org.camunda.community.migration.converter.DiagramCheckResult.Severity;
import org.camunda.community.migration.converter.DiagramConverter;
import org.camunda.community.migration.converter.DiagramConverterFactory;

/**
 * The build step that converts every hub model for Camunda 8: each {@code .bpmn} under the models folder is
 * converted with Camunda's diagram converter into the output folder, and the build fails when the converter
 * reports anything above INFO that {@link ReviewedMessages the reviewed-messages file} does not list, or when
 * Zeebe's design-time validation finds an error in a converted model. What the converter cannot know is settled
 * by the {@link HubConventions}. Run by the {@code processes} build ({@code exec-maven-plugin}, phase
 * {@code process-test-classes}).
 *
 * <p>Arguments: the models folder, the output folder, the reviewed-messages file, the correlation-keys file.
 */
public final class Camunda8ModelConversion {

  /**
   * The Camunda 8 version the models are converted for: the newest the converter (0.11.1) knows. A cluster of a
   * later minor version (the client's 8.8) runs them unchanged; validation uses the 8.8 model.
   */
  static final String PLATFORM_VERSION = "8.6";

  private final DiagramConverter converter = DiagramConverterFactory.getInstance().get();
  private final ReviewedMessages reviewed;
  private final HubConventions conventions;

  Camunda8ModelConversion(ReviewedMessages reviewed, HubConventions conventions) {
    this.reviewed = reviewed;
    this.conventions = conventions;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "Usage: Camunda8ModelConversion <models> <output> <reviewed-messages> <correlation-keys>");
    }
    Camunda8ModelConversion conversion = new Camunda8ModelConversion(ReviewedMessages.read(Path.of(args[2])),
        HubConventions.read(Path.of(args[3])));
    List<String> problems = conversion.convertAll(Path.of(args[0]), Path.of(args[1]));
    if (!problems.isEmpty()) {
      problems.forEach(System.err::println);
      System.err.println(problems.size() + " problem(s) converting the models for Camunda 8; fix the model or "
          + "review the message in " + args[2]);
      System.exit(1);
    }
  }

  /** Converts every model under {@code models} into {@code output}; answers the problems found, if any. */
  List<String> convertAll(Path models, Path output) throws IOException {
    Files.createDirectories(output);
    List<String> problems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> found = Files.walk(models)) {
      files = found.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
    }
    for (Path file : files) {
      String name = models.relativize(file).toString().replace('\\', '/');
      byte[] converted = convert(name, Files.readAllBytes(file), problems);
      Files.write(output.resolve(file.getFileName().toString()), converted);
    }
    System.out.println("Converted " + files.size() + " model(s) for Camunda " + PLATFORM_VERSION + " into "
        + output);
    return problems;
  }

  /** Converts one model; adds its unreviewed converter messages and validation errors to {@code problems}. */
  byte[] convert(String name, byte[] camunda7Model, List<String> problems) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(camunda7Model));
    List<HubConventions.ErrorVariables> errorVariables = HubConventions.errorVariables(model);
    DiagramCheckResult result = converter.check(name, model, properties());
    for (DiagramCheckResult.ElementCheckResult element : result.getResults()) {
      for (DiagramCheckResult.ElementCheckMessage message : element.getMessages()) {
        if (message.getSeverity() != Severity.INFO
            && !reviewed.covers(name, element.getElementId(), message.getId())) {
          problems.add(name + " " + element.getElementId() + " [" + message.getSeverity() + " "
              + message.getId() + "] " + message.getMessage());
        }
      }
    }
    StringWriter xml = new StringWriter();
    converter.printXml(model.getDocument(), true, xml);
    io.camunda.zeebe.model.bpmn.BpmnModelInstance camunda8 = io.camunda.zeebe.model.bpmn.Bpmn.readModelFromStream(
        new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
    conventions.apply(camunda8, errorVariables);
    byte[] converted = io.camunda.zeebe.model.bpmn.Bpmn.convertToString(camunda8).getBytes(StandardCharsets.UTF_8);
    problems.addAll(validationErrors(name, converted));
    return converted;
  }

  /** Zeebe's design-time validation of a converted model: its errors, each as one line. */
  static List<String> validationErrors(String name, byte[] camunda8Model) {
    List<String> errors = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(camunda8Model)) {
      io.camunda.zeebe.model.bpmn.BpmnModelInstance model =
          io.camunda.zeebe.model.bpmn.Bpmn.readModelFromStream(in);
      model.validate(ZeebeDesignTimeValidators.VALIDATORS).getResults().forEach((element, results) -> {
        for (ValidationResult result : results) {
          if (result.getType() == ValidationResultType.ERROR) {
            errors.add(name + " " + id(element) + " [Zeebe validation] " + result.getMessage());
          }
        }
      });
    } catch (IOException | RuntimeException e) {
      errors.add(name + " [Zeebe validation] cannot read the converted model: " + e.getMessage());
    }
    return errors;
  }

  private static String id(ModelElementInstance element) {
    String id = element.getAttributeValue("id");
    return id == null ? element.getElementType().getTypeName() : id;
  }

  private static org.camunda.community.migration.converter.ConverterProperties properties() {
    DefaultConverterProperties hub = new DefaultConverterProperties();
    hub.setPlatformVersion(PLATFORM_VERSION);
    // The hub's models use external tasks only: no delegate, script or default job type is expected.
    hub.setDefaultJobTypeEnabled(false);
    hub.setAppendDocumentation(false);
    return ConverterPropertiesFactory.getInstance().merge(hub);
  }
}
