package io.computility.hub.camel;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The module's one Spring test application. The BPMN engine (pulled in through the workers module) and security
 * (wired centrally in hub-server) are left out: the resource layer's tests need neither.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
    "org.operaton.bpm.spring.boot.starter.OperatonBpmAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration"})
@ComponentScan
@ConfigurationPropertiesScan
public class CamelRoutesTestApplication {

  @Bean
  TestClock clock() {
    return new TestClock();
  }

  @Bean
  RecordedEvidence recordedEvidence() {
    return new RecordedEvidence();
  }

  /** The module's bundles; hub-server assembles every module's bundles in production. */
  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("i18n/camel");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
