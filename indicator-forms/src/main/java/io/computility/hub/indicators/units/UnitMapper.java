package io.computility.hub.indicators.units;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The {@code ind_reporting_unit} table and its reporters. */
@Mapper
interface UnitMapper {

  /** A unit without its reporters. */
  record UnitRow(String code, String nameZh, String nameEn, UnitKind kind, String regionCode) {
  }

  @Select("SELECT code, name_zh, name_en, kind, region_code FROM ind_reporting_unit WHERE code = #{code}")
  UnitRow find(String code);

  @Select("<script>SELECT code, name_zh, name_en, kind, region_code FROM ind_reporting_unit WHERE code IN "
      + "<foreach item='c' collection='codes' open='(' separator=',' close=')'>#{c}</foreach></script>")
  List<UnitRow> findAll(@Param("codes") Collection<String> codes);

  /** A unit's reporter, for reading the reporters of many units at once. */
  record Reporter(String unitCode, String username) {
  }

  @Select("<script>SELECT unit_code, username FROM ind_unit_reporter WHERE unit_code IN "
      + "<foreach item='c' collection='codes' open='(' separator=',' close=')'>#{c}</foreach> "
      + "ORDER BY unit_code, username</script>")
  List<Reporter> reportersOf(@Param("codes") Collection<String> codes);

  @Select("SELECT code, name_zh, name_en, kind, region_code FROM ind_reporting_unit "
      + "WHERE region_code LIKE CONCAT(#{prefix}, '%') ORDER BY region_code, code")
  List<UnitRow> findInRegion(String prefix);

  @Select("SELECT u.code, u.name_zh, u.name_en, u.kind, u.region_code FROM ind_reporting_unit u "
      + "JOIN ind_unit_reporter r ON r.unit_code = u.code WHERE r.username = #{username} ORDER BY u.code")
  List<UnitRow> findByReporter(String username);

  @Select("SELECT username FROM ind_unit_reporter WHERE unit_code = #{code} ORDER BY username")
  List<String> reporters(String code);

  @Insert("INSERT INTO ind_reporting_unit (code, name_zh, name_en, kind, region_code, updated_at) "
      + "VALUES (#{u.code}, #{u.nameZh}, #{u.nameEn}, #{u.kind}, #{u.regionCode}, CURRENT_TIMESTAMP(3))")
  void insert(@Param("u") ReportingUnit unit);

  @Update("UPDATE ind_reporting_unit SET name_zh = #{u.nameZh}, name_en = #{u.nameEn}, kind = #{u.kind}, "
      + "region_code = #{u.regionCode}, updated_at = CURRENT_TIMESTAMP(3) WHERE code = #{u.code}")
  void update(@Param("u") ReportingUnit unit);

  @Delete("DELETE FROM ind_unit_reporter WHERE unit_code = #{code}")
  void clearReporters(String code);

  @Insert("INSERT INTO ind_unit_reporter (unit_code, username) VALUES (#{code}, #{username})")
  void addReporter(@Param("code") String code, @Param("username") String username);

  @Select("SELECT url, credentials_ref FROM ind_unit_endpoint WHERE unit_code = #{code}")
  PullEndpoint endpoint(String code);

  @Delete("DELETE FROM ind_unit_endpoint WHERE unit_code = #{code}")
  int removeEndpoint(String code);

  @Insert("INSERT INTO ind_unit_endpoint (unit_code, url, credentials_ref, updated_at) "
      + "VALUES (#{code}, #{e.url}, #{e.credentialsRef}, CURRENT_TIMESTAMP(3))")
  void insertEndpoint(@Param("code") String code, @Param("e") PullEndpoint endpoint);
}
