package io.computility.hub.camel.resource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface PoolMapper {

  /** A pool row as stored; columns in constructor order. */
  record PoolRow(String id, String providerId, String externalId, ResourceKind kind, String regionCode, String zone,
      String spec, String admissionClass, ConnectionMethod connectionMethod, int totalUnits, int remainingUnits,
      BigDecimal fp64, BigDecimal fp32, BigDecimal fp16, BigDecimal int8, BigDecimal cpuCores, BigDecimal memoryGib,
      BigDecimal storageTb, BigDecimal storageIops, BigDecimal networkGbps, BigDecimal latencyMs,
      long priceFenPerUnitHour, String currency, Health health, Instant updatedAt) {

    ResourcePool toPool(List<String> tags) {
      return new ResourcePool(id, providerId, externalId, kind, regionCode, zone, spec, admissionClass,
          connectionMethod, totalUnits, remainingUnits, new UnifiedCapacity(fp64, fp32, fp16, int8, cpuCores,
              memoryGib, storageTb, storageIops, networkGbps, latencyMs), priceFenPerUnitHour, currency, health,
          tags, updatedAt);
    }
  }

  /** One tag of one pool. */
  record PoolTag(String poolId, String tag) {
  }

  String COLUMNS = "id, provider_id, external_id, kind, region_code, zone, spec, admission_class, connection_method,"
      + " total_units, remaining_units, unit_fp64_tflops, unit_fp32_tflops, unit_fp16_tflops, unit_int8_tops,"
      + " unit_cpu_cores, unit_memory_gib, unit_storage_tb, unit_storage_iops, unit_network_gbps, unit_latency_ms,"
      + " price_fen_per_unit_hour, currency, health, updated_at";

  String VALUES = "#{p.id}, #{p.providerId}, #{p.externalId}, #{p.kind}, #{p.regionCode}, #{p.zone}, #{p.spec},"
      + " #{p.admissionClass}, #{p.connection}, #{p.totalUnits}, #{p.remainingUnits}, #{p.unit.fp64Tflops},"
      + " #{p.unit.fp32Tflops}, #{p.unit.fp16Tflops}, #{p.unit.int8Tops}, #{p.unit.cpuCores}, #{p.unit.memoryGib},"
      + " #{p.unit.storageTb}, #{p.unit.storageIops}, #{p.unit.networkGbps}, #{p.unit.latencyMs},"
      + " #{p.priceFenPerUnitHour}, #{p.currency}, #{p.health}, #{p.updatedAt}";

  @Select("SELECT " + COLUMNS + " FROM camel_resource_pool ORDER BY region_code, id")
  List<PoolRow> findAll();

  @Select("SELECT " + COLUMNS + " FROM camel_resource_pool WHERE provider_id = #{providerId} ORDER BY id")
  List<PoolRow> findByProvider(String providerId);

  @Select("SELECT " + COLUMNS + " FROM camel_resource_pool WHERE id = #{id}")
  PoolRow findById(String id);

  @Delete("DELETE FROM camel_resource_pool WHERE id = #{id}")
  int delete(String id);

  @Insert("INSERT INTO camel_resource_pool (" + COLUMNS + ") VALUES (" + VALUES + ")")
  void insert(@Param("p") ResourcePool pool);

  @Update("UPDATE camel_resource_pool SET health = #{health}, updated_at = #{at} WHERE provider_id = #{providerId}"
      + " AND health <> #{health}")
  int updateHealthOfProvider(@Param("providerId") String providerId, @Param("health") Health health,
      @Param("at") Instant at);

  @Select("SELECT pool_id, tag FROM camel_pool_tag ORDER BY pool_id, tag")
  List<PoolTag> findAllTags();

  @Delete("DELETE FROM camel_pool_tag WHERE pool_id = #{poolId}")
  void deleteTags(String poolId);

  @Insert("INSERT INTO camel_pool_tag (pool_id, tag) VALUES (#{poolId}, #{tag})")
  void insertTag(@Param("poolId") String poolId, @Param("tag") String tag);
}
