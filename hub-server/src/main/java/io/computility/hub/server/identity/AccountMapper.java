package io.computility.hub.server.identity;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The account tables of the embedded identity provider. */
@Mapper
interface AccountMapper {

  @Select("""
      SELECT username, password_hash, display_name, tenant, region_code, enabled
        FROM hub_account WHERE username = #{username}""")
  AccountRow find(String username);

  @Select("SELECT username, password_hash, display_name, tenant, region_code, enabled FROM hub_account ORDER BY username")
  List<AccountRow> findAll();

  @Select("SELECT role FROM hub_account_role WHERE username = #{username} ORDER BY role")
  List<Role> rolesOf(String username);

  @Select("SELECT username FROM hub_account_role WHERE role = #{role} ORDER BY username")
  List<String> membersOf(Role role);

  @Insert("""
      INSERT INTO hub_account (username, password_hash, display_name, tenant, region_code, enabled)
      VALUES (#{username}, #{passwordHash}, #{displayName}, #{tenant}, #{regionCode}, #{enabled})""")
  void insert(AccountRow row);

  @Insert("INSERT INTO hub_account_role (username, role) VALUES (#{username}, #{role})")
  void insertRole(@Param("username") String username, @Param("role") Role role);

  /** One row of {@code hub_account}. */
  record AccountRow(String username, String passwordHash, String displayName, String tenant, String regionCode,
      boolean enabled) {
  }
}
