package io.computility.hub.camel.simulator;

import static io.computility.hub.camel.resource.ProviderKind.BARE_METAL;
import static io.computility.hub.camel.resource.ProviderKind.CLOUD;
import static io.computility.hub.camel.resource.ProviderKind.CLOUD_NATIVE;
import static io.computility.hub.camel.resource.ProviderKind.NETWORK;
import static io.computility.hub.camel.resource.ProviderKind.SUPERCOMPUTING;
import static io.computility.hub.camel.resource.ResourceKind.GENERAL;
import static io.computility.hub.camel.resource.ResourceKind.INTELLIGENT;
import static io.computility.hub.camel.resource.ResourceKind.STORAGE;

import io.computility.hub.camel.resource.ProviderKind;
import io.computility.hub.camel.resource.ResourceKind;
import io.computility.hub.camel.simulator.SimulatedProvider.Link;
import io.computility.hub.camel.simulator.SimulatedProvider.Pool;
import java.math.BigDecimal;
import java.util.List;

/**
 * The simulated providers of the embedded default: at least one of each kind, spread over the national hub regions,
 * with hardware sold in China and list prices in fen per unit-hour in the range of 2025–26 rental offers.
 */
final class SimulatorCatalogue {

  private SimulatorCatalogue() {
  }

  static final List<SimulatedProvider> PROVIDERS = List.of(
      provider("sim-bj-cloud", "京算云 北京", "Jingsuan Cloud Ltd.", CLOUD, "110000", "1.30", "0.25", List.of(
          new Pool("g8.a800x8", INTELLIGENT, "cn-bj-1a", "8 × A800-80G + 2 × Xeon 8480+ + 32 × DDR5-64G", 12, 9_600),
          new Pool("c7.56c", GENERAL, "cn-bj-1b", "Xeon 8480+ + 8 × DDR5-64G", 200, 1_200),
          new Pool("s1.nvme", STORAGE, "cn-bj-1a", "2 × NVMe SSD 7.68TB", 400, 150))),
      provider("sim-gz-cloud", "黔云 贵安", "Qianyun Digital Co.", CLOUD, "520000", "1.18", "0.55", List.of(
          new Pool("ai1.910cx8", INTELLIGENT, "gy-a", "8 × Ascend 910C + 2 × Kunpeng 920 64-core", 8, 12_800),
          new Pool("kc1.48c", GENERAL, "gy-b", "Kunpeng 920 48-core + 4 × DDR4-32G", 300, 600))),
      provider("sim-zj-cloud", "之江信创云 杭州", "Zhijiang Xinchuang Cloud", CLOUD, "330000", "1.25", "0.30", List.of(
          new Pool("xc.ft64", GENERAL, "hz-1", "Phytium S2500 + 8 × DDR4-32G", 120, 450),
          new Pool("cold.hdd", STORAGE, "hz-1", "4 × HDD 18TB", 80, 60))),
      provider("sim-sh-metal", "申算裸金属 上海", "Shensuan Compute Co.", BARE_METAL, "310000", "1.28", "0.20", List.of(
          new Pool("atlas-800t-a2", INTELLIGENT, "sh-lg", "2 × Kunpeng 920 64-core + 8 × Ascend 910B + 16 × DDR4-32G",
              6, 7_200),
          new Pool("hygon-k100x8", INTELLIGENT, "sh-lg", "2 × Hygon C86 7390 + 8 × Hygon DCU K100 + 16 × DDR4-32G", 4,
              4_800))),
      provider("sim-nm-metal", "和林格尔智算 内蒙古", "Horinger AI Compute", BARE_METAL, "150000", "1.15", "0.72",
          List.of(
              new Pool("h800x8-ib", INTELLIGENT, "hl-1",
                  "2 × Xeon 8480+ + 8 × H800 + 32 × DDR5-64G + 4 × InfiniBand NDR 400G", 4, 16_000),
              new Pool("epyc-2s", GENERAL, "hl-1", "2 × EPYC 9654 + 24 × DDR5-64G + 2 × 25GE", 10, 2_400))),
      provider("sim-sz-k8s", "鹏城容器云 深圳", "Pengcheng Container Cloud", CLOUD_NATIVE, "440300", "1.22", "0.35",
          List.of(
              new Pool("nvidia.com/gpu", INTELLIGENT, "sz-1", "H20", 40, 700),
              new Pool("nvidia.com/gpu", INTELLIGENT, "sz-2", "L20", 24, 450),
              new Pool("cambricon.com/mlu", INTELLIGENT, "sz-2", "MLU370-X8", 16, 350))),
      provider("sim-gs-k8s", "庆阳算力容器平台 甘肃", "Qingyang Compute Hub", CLOUD_NATIVE, "620000", "1.17", "0.65",
          List.of(
              new Pool("kunlunxin.com/xpu", INTELLIGENT, "qy-1", "Kunlun R200", 32, 300),
              new Pool("cambricon.com/mlu", INTELLIGENT, "qy-1", "MLU590", 16, 800))),
      provider("sim-cd-hpc", "成都超算中心", "Chengdu Supercomputing Centre", SUPERCOMPUTING, "510000", "1.25", "0.60",
          List.of(
              new Pool("cpu", ResourceKind.SUPERCOMPUTING, "cd-a",
                  "2 × Hygon C86 7390 + 8 × DDR4-32G + InfiniBand HDR 200G", 512, 160),
              new Pool("dcu", ResourceKind.SUPERCOMPUTING, "cd-a",
                  "Hygon C86 7390 + 4 × Hygon DCU K100 + InfiniBand HDR 200G", 128, 1_600))),
      new SimulatedProvider("sim-carrier", "全国算力专网", "National Compute Network Carrier", NETWORK, "110000",
          new BigDecimal("1.30"), BigDecimal.ZERO, List.of(
              offer("bj-sh-100g", "110000", "310000", "Carrier 100G", 8, 30_000),
              offer("bj-gz-10g", "110000", "520000", "Carrier 10G", 20, 4_500),
              offer("bj-nm-100g", "110000", "150000", "Carrier 100G", 6, 22_000),
              offer("sh-zj-10g", "310000", "330000", "Carrier 10G", 30, 2_000),
              offer("sz-gz-10g", "440300", "520000", "Carrier 10G", 16, 3_800),
              offer("gs-sc-10g", "620000", "510000", "Carrier 10G", 12, 3_500)),
          List.of(
              new Link("110000", "310000", 28.0, 400), new Link("110000", "440300", 42.0, 200),
              new Link("110000", "520000", 38.0, 100), new Link("110000", "150000", 9.5, 400),
              new Link("110000", "620000", 26.0, 100), new Link("110000", "510000", 34.0, 200),
              new Link("110000", "330000", 25.0, 200), new Link("310000", "330000", 4.8, 400),
              new Link("310000", "440300", 24.0, 400), new Link("310000", "520000", 31.0, 100),
              new Link("440300", "520000", 19.0, 200), new Link("510000", "520000", 12.0, 100),
              new Link("620000", "510000", 18.0, 100), new Link("150000", "620000", 21.0, 100))));

  private static SimulatedProvider provider(String id, String name, String owner,
      ProviderKind kind, String region, String pue, String green, List<Pool> pools) {
    return new SimulatedProvider(id, name, owner, kind, region, new BigDecimal(pue), new BigDecimal(green), pools,
        List.of());
  }

  private static Pool offer(String id, String a, String z, String spec, int circuits, long priceFen) {
    return new Pool(id, ResourceKind.NETWORK, a + "-" + z, spec, circuits, priceFen);
  }
}
