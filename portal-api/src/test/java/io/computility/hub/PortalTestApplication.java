package io.computility.hub;

import io.computility.hub.portal.TestClock;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Primary;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The one Spring test context of this module: the whole order lifecycle — demands and orders, the money and
 * placement workers, the resource layer with its simulated providers (onboarded through their process when the
 * context is ready), the embedded engine with the {@code processes} models — on MariaDB database
 * {@code hub_test_portal}. Time is the tests' {@link TestClock}, for the hub and the engine alike.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
    "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration"})
@ComponentScan(basePackages = "io.computility.hub",
    excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@ConfigurationPropertiesScan("io.computility.hub")
@MapperScan(basePackages = "io.computility.hub", annotationClass = Mapper.class)
public class PortalTestApplication {

  /** The portal's bundles (the hub server finds every module's; this module's tests need their own). */
  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/portal");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  /** Beside the workers' system clock, under another name, and the one injected. */
  @Bean
  @Primary
  TestClock testClock() {
    return new TestClock();
  }
}
