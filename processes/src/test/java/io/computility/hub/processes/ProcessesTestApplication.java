package io.computility.hub.processes;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The one Spring test context of this module: the embedded engine on MariaDB with the models under
 * {@code processes/} deployed, served by the real workers through the worker runtime.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("io.computility.hub")
public class ProcessesTestApplication {
}
