package io.computility.hub.camel.resource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ProviderMapper {

  String COLUMNS = "id, name, owner, kind, region_code, base_url, credentials_ref, admission_status, source, health,"
      + " pue, green_power_share, last_sync_at";

  @Select("SELECT " + COLUMNS + " FROM camel_provider ORDER BY region_code, id")
  List<Provider> findAll();

  @Select("SELECT " + COLUMNS + " FROM camel_provider WHERE id = #{id}")
  Optional<Provider> findById(String id);

  @Insert("INSERT INTO camel_provider (" + COLUMNS + ", created_at, updated_at) VALUES (#{p.id}, #{p.name},"
      + " #{p.owner}, #{p.kind}, #{p.regionCode}, #{p.baseUrl}, #{p.credentialsRef}, #{p.admissionStatus},"
      + " #{p.source}, #{p.health}, #{p.pue}, #{p.greenPowerShare}, #{p.lastSyncAt}, #{at}, #{at})")
  void insert(@Param("p") Provider provider, @Param("at") Instant at);

  @Update("UPDATE camel_provider SET name = #{p.name}, owner = #{p.owner}, kind = #{p.kind},"
      + " region_code = #{p.regionCode}, base_url = #{p.baseUrl}, credentials_ref = #{p.credentialsRef},"
      + " admission_status = #{p.admissionStatus}, source = #{p.source}, pue = #{p.pue},"
      + " green_power_share = #{p.greenPowerShare}, updated_at = #{at} WHERE id = #{p.id}")
  int update(@Param("p") Provider provider, @Param("at") Instant at);

  @Update("UPDATE camel_provider SET admission_status = #{status}, updated_at = #{at} WHERE id = #{id}")
  int updateAdmission(@Param("id") String id, @Param("status") AdmissionStatus status, @Param("at") Instant at);

  @Update("UPDATE camel_provider SET health = #{health}, updated_at = #{at} WHERE id = #{id}")
  int updateHealth(@Param("id") String id, @Param("health") Health health, @Param("at") Instant at);

  @Update("UPDATE camel_provider SET health = 'UP', last_sync_at = #{at}, updated_at = #{at} WHERE id = #{id}")
  int markSynced(@Param("id") String id, @Param("at") Instant at);

  @Insert("INSERT INTO camel_provider_health (provider_id, health, changed_at) VALUES (#{id}, #{health}, #{at})")
  void insertHealth(@Param("id") String id, @Param("health") Health health, @Param("at") Instant at);

  /** The last health change before {@code since} (the state the window opens with) and every one after. */
  @Select("SELECT health, changed_at FROM camel_provider_health WHERE provider_id = #{id} AND (changed_at >= #{since}"
      + " OR id = (SELECT MAX(id) FROM camel_provider_health WHERE provider_id = #{id} AND changed_at < #{since}))"
      + " ORDER BY changed_at, id")
  List<ResourceInventory.HealthChange> findHealthSince(@Param("id") String id, @Param("since") Instant since);

  /** One entry of a provider's admission history. */
  record HistoryEntry(String providerId, AdmissionStatus admissionStatus, String event, Instant changedAt) {
  }

  @Insert("INSERT INTO camel_provider_history (provider_id, admission_status, event, changed_at)"
      + " VALUES (#{id}, #{status}, #{event}, #{at})")
  void insertHistory(@Param("id") String id, @Param("status") AdmissionStatus status, @Param("event") String event,
      @Param("at") Instant at);

  @Select("SELECT provider_id, admission_status, event, changed_at FROM camel_provider_history"
      + " WHERE provider_id = #{id} ORDER BY id")
  List<HistoryEntry> findHistory(String id);
}
