package io.computility.hub.camel.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Switches a simulated provider's faults: {@code PUT /simulator/<provider>/_faults}
 * {@code {"latencyMs":2000,"failNext":3,"errorStatus":503,"exhausted":false,"provisioningFailure":false,
 * "usageMultiplier":1.5,"transferGbPerUnitHour":40}} ({@code failNext: -1} fails every request; fields left out are
 * off), {@code DELETE} to heal it.
 */
@RestController
@RequestMapping("/simulator/{provider}/_faults")
@ConditionalOnProperty(name = "hub.camel.simulator.enabled", havingValue = "true")
class SimulatorFaultsController {

  private final SimulatorState state;

  SimulatorFaultsController(SimulatorState state) {
    this.state = state;
  }

  @GetMapping
  SimulatorState.Faults faults(@PathVariable String provider) {
    return state.provider(provider).faults();
  }

  @PutMapping
  SimulatorState.Faults set(@PathVariable String provider, @RequestBody SimulatorState.Faults faults) {
    state.provider(provider).faults(faults);
    return faults;
  }

  @DeleteMapping
  void heal(@PathVariable String provider) {
    state.provider(provider).faults(SimulatorState.Faults.NONE);
  }
}
