package io.computility.hub.camel;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One WireMock server on a random port standing in for remote providers, started once per test JVM; its port is
 * published as {@code wiremock.port} for the provider base URLs in the test configuration.
 */
public class RemoteProviderStubs implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static WireMockServer server;

  /** The running server. */
  public static synchronized WireMockServer server() {
    if (server == null) {
      server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources()
        .addFirst(new MapPropertySource("wiremock", Map.of("wiremock.port", server().port())));
  }
}
