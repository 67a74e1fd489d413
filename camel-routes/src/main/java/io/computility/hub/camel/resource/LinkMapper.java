package io.computility.hub.camel.resource;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface LinkMapper {

  @Select("SELECT provider_id, from_region, to_region, latency_ms, bandwidth_gbps FROM camel_region_link"
      + " ORDER BY from_region, to_region, provider_id")
  List<RegionLink> findAll();

  @Delete("DELETE FROM camel_region_link WHERE provider_id = #{providerId}")
  void deleteByProvider(String providerId);

  @Insert("INSERT INTO camel_region_link (provider_id, from_region, to_region, latency_ms, bandwidth_gbps,"
      + " updated_at) VALUES (#{l.providerId}, #{l.fromRegion}, #{l.toRegion}, #{l.latencyMs}, #{l.bandwidthGbps},"
      + " #{at})")
  void insert(@Param("l") RegionLink link, @Param("at") Instant at);
}
