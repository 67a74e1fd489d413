package io.computility.hub.camel.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.Resource;

/**
 * The conversion table from vendor specs to unified figures, and the admission classes. Loaded from a YAML
 * resource (default {@code classpath:measurement/conversion-table.yml}, which documents every figure) so that operators can
 * correct or extend it without a release.
 *
 * @param units one row per hardware model
 * @param classes admission classes, most demanding first within each resource kind
 */
public record ConversionTable(List<Unit> units, List<AdmissionClass> classes) {

  public ConversionTable {
    units = List.copyOf(units);
    classes = List.copyOf(classes);
  }

  /** Reads and binds the table from a YAML resource with top-level keys {@code units} and {@code classes}. */
  public static ConversionTable load(Resource yaml) {
    try {
      StandardEnvironment environment = new StandardEnvironment();
      new YamlPropertySourceLoader().load(yaml.getDescription(), yaml)
          .forEach(source -> environment.getPropertySources().addLast(source));
      return new Binder(ConfigurationPropertySources.get(environment))
          .bind("", Bindable.of(ConversionTable.class))
          .orElseThrow(() -> new IllegalStateException("Empty conversion table: " + yaml));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read conversion table " + yaml, e);
    }
  }

  /**
   * One hardware model and what one unit of it contributes.
   *
   * @param model canonical name
   * @param aliases other spellings accepted in specs
   * @param category GPU, NPU, DCU, MLU, XPU, CPU, MEMORY, STORAGE or NIC
   * @param vendor manufacturer
   * @param fp64Tflops FP64 TFLOPS
   * @param fp32Tflops FP32 TFLOPS
   * @param fp16Tflops FP16/BF16 dense TFLOPS
   * @param int8Tops INT8 dense TOPS
   * @param cpuCores benchmarked core-equivalents
   * @param memoryGib memory in GiB
   * @param storageTb storage in TB
   * @param storageIops random read IOPS
   * @param networkGbps bandwidth in Gbit/s
   * @param latencyMs typical latency in ms
   */
  public record Unit(String model, @DefaultValue List<String> aliases, String category, String vendor,
      @DefaultValue("0") BigDecimal fp64Tflops, @DefaultValue("0") BigDecimal fp32Tflops,
      @DefaultValue("0") BigDecimal fp16Tflops, @DefaultValue("0") BigDecimal int8Tops,
      @DefaultValue("0") BigDecimal cpuCores, @DefaultValue("0") BigDecimal memoryGib,
      @DefaultValue("0") BigDecimal storageTb, @DefaultValue("0") BigDecimal storageIops,
      @DefaultValue("0") BigDecimal networkGbps, @DefaultValue("0") BigDecimal latencyMs) {

    /** The unified figures of one unit. */
    public UnifiedCapacity capacity() {
      return new UnifiedCapacity(fp64Tflops, fp32Tflops, fp16Tflops, int8Tops, cpuCores, memoryGib, storageTb,
          storageIops, networkGbps, latencyMs);
    }
  }

  /**
   * An admission class: a pool of {@code kind} whose total capacity reaches every minimum is admitted in it and
   * connected by {@code connection}. A minimum left out is not checked.
   *
   * @param name class name
   * @param kind the resource kind it applies to
   * @param connection the connection method it decides
   * @param minFp64Tflops minimum FP64 TFLOPS
   * @param minFp16Tflops minimum FP16/BF16 TFLOPS
   * @param minCpuCores minimum core-equivalents
   * @param minStorageTb minimum storage TB
   * @param minNetworkGbps minimum bandwidth
   */
  public record AdmissionClass(String name, ResourceKind kind, ConnectionMethod connection,
      @DefaultValue("0") BigDecimal minFp64Tflops, @DefaultValue("0") BigDecimal minFp16Tflops,
      @DefaultValue("0") BigDecimal minCpuCores, @DefaultValue("0") BigDecimal minStorageTb,
      @DefaultValue("0") BigDecimal minNetworkGbps) {

    /** Whether {@code capacity} meets every minimum of this class. */
    public boolean admits(UnifiedCapacity capacity) {
      return capacity.fp64Tflops().compareTo(minFp64Tflops) >= 0
          && capacity.fp16Tflops().compareTo(minFp16Tflops) >= 0
          && capacity.cpuCores().compareTo(minCpuCores) >= 0
          && capacity.storageTb().compareTo(minStorageTb) >= 0
          && capacity.networkGbps().compareTo(minNetworkGbps) >= 0;
    }
  }
}
