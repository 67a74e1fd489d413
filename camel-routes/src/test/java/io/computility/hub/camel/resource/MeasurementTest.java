package io.computility.hub.camel.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

class MeasurementTest {

  private static final ConversionTable TABLE = ConversionTable.load(new ClassPathResource("measurement/conversion-table.yml"));
  private final Measurement measurement = new Measurement(TABLE);

  // Every row of the shipped table, written out independently so a slip in the YAML shows up here.
  private static final String ROWS = """
      A800-80G,                    19.5, 19.5, 312,   624,  0,    80,  0,    0,       0,   0
      H800,                        1,    67,   989.5, 1979, 0,    80,  0,    0,       0,   0
      A100-80G,                    19.5, 19.5, 312,   624,  0,    80,  0,    0,       0,   0
      H20,                         1,    44,   148,   296,  0,    96,  0,    0,       0,   0
      L20,                         0.9,  59.8, 119.5, 239,  0,    48,  0,    0,       0,   0
      Ascend 910B,                 0,    94,   313,   640,  0,    64,  0,    0,       0,   0
      Ascend 910C,                 0,    188,  780,   1560, 0,    128, 0,    0,       0,   0
      Hygon DCU K100,              24.5, 49,   196,   392,  0,    64,  0,    0,       0,   0
      MLU370-X8,                   0,    24,   96,    256,  0,    48,  0,    0,       0,   0
      MLU590,                      0,    80,   314,   628,  0,    80,  0,    0,       0,   0
      Kunlun R200,                 0,    32,   128,   256,  0,    32,  0,    0,       0,   0
      Kunpeng 920 48-core,         1.0,  2.0,  0,     0,    33.6, 0,   0,    0,       0,   0
      Kunpeng 920 64-core,         1.3,  2.7,  0,     0,    44.8, 0,   0,    0,       0,   0
      Hygon C86 7390,              0.7,  1.4,  0,     0,    24,   0,   0,    0,       0,   0
      Phytium S2500,               0.5,  1.1,  0,     0,    32,   0,   0,    0,       0,   0
      Xeon 8480+,                  3.6,  7.2,  0,     0,    56,   0,   0,    0,       0,   0
      EPYC 9654,                   3.7,  7.4,  0,     0,    96,   0,   0,    0,       0,   0
      DDR4-32G,                    0,    0,    0,     0,    0,    32,  0,    0,       0,   0
      DDR5-64G,                    0,    0,    0,     0,    0,    64,  0,    0,       0,   0
      NVMe SSD 7.68TB,             0,    0,    0,     0,    0,    0,   7.68, 1000000, 0,   0
      SATA SSD 3.84TB,             0,    0,    0,     0,    0,    0,   3.84, 95000,   0,   0
      HDD 18TB,                    0,    0,    0,     0,    0,    0,   18,   250,     0,   0
      OceanStor Dorado 5000 100TB, 0,    0,    0,     0,    0,    0,   100,  2000000, 0,   0
      25GE,                        0,    0,    0,     0,    0,    0,   0,    0,       25,  0.01
      100GE,                       0,    0,    0,     0,    0,    0,   0,    0,       100, 0.005
      RoCE 200G,                   0,    0,    0,     0,    0,    0,   0,    0,       200, 0.002
      InfiniBand HDR 200G,         0,    0,    0,     0,    0,    0,   0,    0,       200, 0.0006
      InfiniBand NDR 400G,         0,    0,    0,     0,    0,    0,   0,    0,       400, 0.0006
      Carrier 10G,                 0,    0,    0,     0,    0,    0,   0,    0,       10,  0
      Carrier 100G,                0,    0,    0,     0,    0,    0,   0,    0,       100, 0
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = ROWS)
  void everyRowConvertsOneUnitAndCountsScaleIt(String model, BigDecimal fp64, BigDecimal fp32, BigDecimal fp16,
      BigDecimal int8, BigDecimal cores, BigDecimal memory, BigDecimal storageTb, BigDecimal iops, BigDecimal gbps,
      BigDecimal latency) {
    UnifiedCapacity one = new UnifiedCapacity(fp64, fp32, fp16, int8, cores, memory, storageTb, iops, gbps, latency);

    assertSame(measurement.measure(model), one);
    assertSame(measurement.measure("3 × " + model), one.times(3));
  }

  @Test
  void theRowsAboveAreTheWholeTable() {
    Set<String> tested = ROWS.lines().map(line -> line.split(",")[0].trim()).filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
    assertThat(TABLE.units()).extracting(ConversionTable.Unit::model).containsExactlyInAnyOrderElementsOf(tested);
  }

  @Test
  void aliasesMeasureLikeTheirModel() {
    for (ConversionTable.Unit unit : TABLE.units()) {
      for (String alias : unit.aliases()) {
        assertSame(measurement.measure(alias), unit.capacity());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"8 × A800-80G", "8 x A800-80G", "8x A800-80G", "8*A800-80G", "8 X a800-80g",
      "  8  ×  A800   80GB "})
  void acceptsEveryCountNotation(String spec) {
    assertThat(measurement.measure(spec).fp16Tflops()).isEqualByComparingTo("2496");
    assertThat(measurement.measure(spec).memoryGib()).isEqualByComparingTo("640");
  }

  @Test
  void addsComponentsOfAServer() {
    UnifiedCapacity server = measurement.measure(
        "2 × Kunpeng 920 64-core + 8 × Ascend 910B + 16 × DDR4-32G, 2 × NVMe SSD 7.68TB; 2 × 100GE");

    assertThat(server.cpuCores()).isEqualByComparingTo("89.6");
    assertThat(server.fp16Tflops()).isEqualByComparingTo("2504");
    assertThat(server.memoryGib()).isEqualByComparingTo(String.valueOf(8 * 64 + 16 * 32));
    assertThat(server.storageTb()).isEqualByComparingTo("15.36");
    assertThat(server.networkGbps()).isEqualByComparingTo("200");
    assertThat(server.latencyMs()).isEqualByComparingTo("0.005");
  }

  @Test
  void keepsThePlusOfAModelName() {
    assertThat(measurement.measure("2 × Xeon 8480+ + 8 × L20").cpuCores()).isEqualByComparingTo("112");
  }

  @ParameterizedTest
  @ValueSource(strings = {"8 × B200", "Ascend 920", "2 × Kunpeng 920 96-core", "A800-80G + 4 × RTX 4090"})
  void rejectsUnknownHardwareNamingIt(String spec) {
    assertThatThrownBy(() -> measurement.measure(spec))
        .isInstanceOf(UnknownSpecException.class)
        .hasMessageContaining(spec)
        .satisfies(e -> assertThat(((UnknownSpecException) e).spec()).isEqualTo(spec));
    assertThat(measurement.knows(spec)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "0 × A800-80G", "8 ×", "A800-80G + ", "99999999999 × H20"})
  void rejectsMalformedSpecs(String spec) {
    assertThatThrownBy(() -> measurement.measure(spec)).isInstanceOf(UnknownSpecException.class);
  }

  @Test
  void classifiesEveryAdmissionClassAndRefusesTooLittle() {
    assertThat(classify(ResourceKind.INTELLIGENT, "16 × H800"))
        .isEqualTo(new Classification(ResourceKind.INTELLIGENT, "INTELLIGENT_CLUSTER", ConnectionMethod.BARE_METAL_API));
    assertThat(classify(ResourceKind.INTELLIGENT, "8 × L20").connection()).isEqualTo(ConnectionMethod.CONTAINER_API);
    assertThat(classify(ResourceKind.SUPERCOMPUTING, "512 × Hygon DCU K100").admissionClass())
        .isEqualTo("SUPERCOMPUTING_CENTRE");
    assertThat(classify(ResourceKind.SUPERCOMPUTING, "512 × Hygon DCU K100").connection())
        .isEqualTo(ConnectionMethod.HPC_PROXY);
    assertThat(classify(ResourceKind.GENERAL, "2 × Hygon C86 7390").connection()).isEqualTo(ConnectionMethod.CLOUD_API);
    assertThat(classify(ResourceKind.STORAGE, "2 × HDD 18TB").admissionClass()).isEqualTo("STORAGE_SERVICE");
    assertThat(classify(ResourceKind.NETWORK, "Carrier 10G").connection()).isEqualTo(ConnectionMethod.NETWORK_API);

    assertThat(classify(ResourceKind.INTELLIGENT, "1 × MLU370-X8").admitted()).isFalse();
    assertThat(classify(ResourceKind.GENERAL, "8 × A800-80G").admitted()).isFalse();
    assertThat(classify(ResourceKind.QUANTUM, "100GE").admitted()).isFalse();
  }

  private Classification classify(ResourceKind kind, String spec) {
    return measurement.classify(kind, measurement.measure(spec));
  }

  private static void assertSame(UnifiedCapacity actual, UnifiedCapacity expected) {
    assertThat(actual).usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(expected);
  }
}
