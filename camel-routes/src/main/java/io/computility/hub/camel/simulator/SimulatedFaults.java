package io.computility.hub.camel.simulator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.servlet.HandlerInterceptor;

/** Applies a simulated provider's faults before its request is served: latency (or a timeout), then errors. */
class SimulatedFaults implements HandlerInterceptor {

  private final SimulatorState state;

  SimulatedFaults(SimulatorState state) {
    this.state = state;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException, InterruptedException {
    String[] path = request.getRequestURI().substring(request.getContextPath().length()).split("/");
    if (path.length < 3) {
      return true;
    }
    SimulatorState.ProviderState provider = state.provider(path[2]);
    SimulatorState.Faults faults = provider.faults();
    if (faults.latencyMs() > 0) {
      // The simulated network delay itself: a long one makes the adapter's response timeout fire.
      Thread.sleep(faults.latencyMs());
    }
    if (provider.failThisRequest()) {
      response.setStatus(faults.errorStatus());
      response.setContentType("application/json");
      response.getWriter().write("{\"error\":\"simulated fault\"}");
      return false;
    }
    return true;
  }
}
