package io.computility.hub;

import io.computility.hub.camel.CamelRoutesTestApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The Spring test application of this module's process tests: the resource layer with the embedded engine, the
 * worker runtime and the models of the {@code processes} module. It sits above both modules' packages so that their
 * mappers are found; the resource layer's own test application (which leaves the engine out) is not scanned.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
    "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration"})
@ComponentScan(basePackages = {"io.computility.hub.camel", "io.computility.hub.workers"},
    excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
        classes = CamelRoutesTestApplication.class))
@ConfigurationPropertiesScan("io.computility.hub.camel")
public class OnboardingTestApplication {
}
