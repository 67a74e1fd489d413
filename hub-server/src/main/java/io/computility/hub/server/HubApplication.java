package io.computility.hub.server;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Computility Hub: assembles the resource, scheduling, operations and monitoring modules into one
 * Spring Boot application with the embedded BPMN engine. Every module's beans and MyBatis mappers live below
 * {@code io.computility.hub}, so scanning from there picks them all up.
 */
@SpringBootApplication(scanBasePackages = "io.computility.hub")
@ConfigurationPropertiesScan("io.computility.hub")
@MapperScan(basePackages = "io.computility.hub", annotationClass = Mapper.class)
public class HubApplication {

  public static void main(String[] args) {
    SpringApplication.run(HubApplication.class, args);
  }
}
