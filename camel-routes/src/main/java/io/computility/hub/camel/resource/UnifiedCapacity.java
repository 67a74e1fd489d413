package io.computility.hub.camel.resource;

import java.math.BigDecimal;

/**
 * One resource described in the hub's single unit system: normalised compute, memory, storage and network,
 * so that pools of every kind can be compared and summed.
 *
 * @param fp64Tflops double-precision TFLOPS
 * @param fp32Tflops single-precision TFLOPS
 * @param fp16Tflops half-precision (FP16/BF16, dense) TFLOPS
 * @param int8Tops INT8 TOPS (dense)
 * @param cpuCores benchmarked core-equivalents (reference: one Xeon Platinum 8480+ core = 1.0)
 * @param memoryGib memory (host or device) in GiB
 * @param storageTb storage in TB (10^12 bytes, as vendors count)
 * @param storageIops random 4K read IOPS
 * @param networkGbps network bandwidth in Gbit/s
 * @param latencyMs typical network latency in ms; the worst component wins when capacities are added
 */
public record UnifiedCapacity(BigDecimal fp64Tflops, BigDecimal fp32Tflops, BigDecimal fp16Tflops,
    BigDecimal int8Tops, BigDecimal cpuCores, BigDecimal memoryGib, BigDecimal storageTb, BigDecimal storageIops,
    BigDecimal networkGbps, BigDecimal latencyMs) {

  /** Nothing at all. */
  public static final UnifiedCapacity ZERO = new UnifiedCapacity(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
      BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
      BigDecimal.ZERO);

  /** The sum of two capacities (latency: the larger). */
  public UnifiedCapacity plus(UnifiedCapacity other) {
    return new UnifiedCapacity(fp64Tflops.add(other.fp64Tflops), fp32Tflops.add(other.fp32Tflops),
        fp16Tflops.add(other.fp16Tflops), int8Tops.add(other.int8Tops), cpuCores.add(other.cpuCores),
        memoryGib.add(other.memoryGib), storageTb.add(other.storageTb), storageIops.add(other.storageIops),
        networkGbps.add(other.networkGbps), latencyMs.max(other.latencyMs));
  }

  /** {@code count} of this capacity (latency unchanged). */
  public UnifiedCapacity times(long count) {
    BigDecimal n = BigDecimal.valueOf(count);
    return new UnifiedCapacity(fp64Tflops.multiply(n), fp32Tflops.multiply(n), fp16Tflops.multiply(n),
        int8Tops.multiply(n), cpuCores.multiply(n), memoryGib.multiply(n), storageTb.multiply(n),
        storageIops.multiply(n), networkGbps.multiply(n), latencyMs);
  }
}
