package io.computility.hub.indicators.pull;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * API pull (M-9.3 b): {@code direct:indicator-pull} takes a {@link PullRequest}, calls the unit's endpoint through
 * {@code indicator-pull-http} (which opts into {@link UnitPullErrorPolicy}), and answers a {@link PullOutcome}.
 * Pulled values enter like every other way in, through the collection's submission path; a failed pull (after
 * the policy's retries, or a malformed answer, never retried) is recorded in the collection log.
 */
@Component
class UnitPullRoutes extends RouteBuilder {

  /** Where pulls are sent. */
  static final String PULL = "direct:indicator-pull";
  private static final String HTTP = "direct:indicator-pull-http";

  private final UnitPullSteps steps;

  UnitPullRoutes(UnitPullSteps steps) {
    this.steps = steps;
  }

  @Override
  public void configure() {
    from(PULL).routeId("indicator-pull")
        .doTry()
            .process(steps::prepareCall)
            .to(HTTP)
            .process(steps::receiveValues)
        .doCatch(Exception.class)
            .process(steps::recordFailure)
        .end();

    // The URI is a placeholder: each call's URL and query come from the request's headers.
    from(HTTP).routeId("indicator-pull-http")
        .routeConfigurationId(UnitPullErrorPolicy.ID)
        .to(UnitPullHttp.COMPONENT + "://unit-endpoint?throwExceptionOnFailure=true");
  }
}
