package io.computility.hub.processes;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
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
// every module's mappers, as the hub scans them: the workers' wallet needs its mapper to start
@MapperScan(basePackages = "io.computility.hub", annotationClass = Mapper.class)
public class ProcessesTestApplication {
}
