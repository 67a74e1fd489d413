package io.computility.hub.workers.metering;

/**
 * Port to the resource layer: reads an allocation's usage from its provider (S-7.5 a). The provider adapters
 * implement it; metering only reads.
 */
public interface UsageReader {

  /**
   * The allocation's cumulative usage now.
   *
   * @throws RuntimeException when the provider cannot be reached; metering retries on its next sample
   */
  UsageReading read(String allocationId);
}
