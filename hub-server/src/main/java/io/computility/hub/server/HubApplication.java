package io.computility.hub.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Computility Hub: assembles the resource, scheduling, operations and monitoring modules into one
 * Spring Boot application with the embedded BPMN engine.
 */
@SpringBootApplication(scanBasePackages = "io.computility.hub")
@ConfigurationPropertiesScan("io.computility.hub")
public class HubApplication {

  public static void main(String[] args) {
    SpringApplication.run(HubApplication.class, args);
  }
}
