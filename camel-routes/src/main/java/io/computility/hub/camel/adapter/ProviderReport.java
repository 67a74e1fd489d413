package io.computility.hub.camel.adapter;

/**
 * An allocation's state as a provider reports it.
 *
 * @param state the state in the hub's terms ({@code PENDING}, {@code ACTIVE} or {@code FAILED})
 * @param detail the provider's own words (its status and any fault message), {@code null} when it says nothing
 */
record ProviderReport(AllocationState state, String detail) {

  static ProviderReport pending(String detail) {
    return new ProviderReport(AllocationState.PENDING, detail);
  }

  static ProviderReport active() {
    return new ProviderReport(AllocationState.ACTIVE, null);
  }

  static ProviderReport failed(String detail) {
    return new ProviderReport(AllocationState.FAILED, detail);
  }
}
