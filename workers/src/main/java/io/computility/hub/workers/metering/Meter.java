package io.computility.hub.workers.metering;

/**
 * What is measured of an allocation's use (S-7.5 a), each in one unit of the unified measurement system.
 * Readings are cumulative since the allocation started; usage records hold the difference per sample period.
 */
public enum Meter {
  /** Accelerator cards (GPU, NPU, TPU) times hours. */
  GPU_HOURS("GPU·h"),
  /** CPU cores times hours, for general compute. */
  CORE_HOURS("core·h"),
  /** Memory GiB times hours. */
  GIB_HOURS("GiB·h"),
  /** Stored gigabytes times days. */
  STORAGE_GB_DAYS("GB·d"),
  /** Gigabytes carried over the network. */
  NETWORK_GB("GB"),
  /** Core-hours consumed by supercomputing jobs. */
  HPC_CORE_HOURS("core·h"),
  /** Reserved bandwidth (Gbps) times hours, for network connections. */
  BANDWIDTH_GBPS_HOURS("Gbps·h"),
  /** Quantum processor hours. */
  QPU_HOURS("QPU·h");

  private final String unit;

  Meter(String unit) {
    this.unit = unit;
  }

  /** The unit a reading of this meter is in. */
  public String unit() {
    return unit;
  }
}
