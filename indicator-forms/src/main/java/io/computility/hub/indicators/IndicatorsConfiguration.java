package io.computility.hub.indicators;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link IndicatorsProperties} and registers the module's MyBatis mappers.
 *
 * <p>MyBatis' auto-configuration scans only the application's own package ({@code io.computility.hub.server});
 * any explicit scan switches that off, so this one covers every {@code @Mapper} under {@code io.computility.hub}
 * (hub-server's included). Duplicate scans by other modules skip mappers already registered.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndicatorsProperties.class)
@MapperScan(basePackages = "io.computility.hub", annotationClass = Mapper.class)
class IndicatorsConfiguration {
}
