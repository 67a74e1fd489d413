package io.computility.hub.workers.placement.policy;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** SQL of {@link PlacementPolicies}. */
@Mapper
interface PlacementPolicyMapper {

  String COLUMNS = "policy_name, policy_version, business_type, tenant_id, definition, deleted, created_at, created_by";

  @Insert("insert into placement_policy (" + COLUMNS + ") values (#{policyName}, #{policyVersion}, #{businessType},"
      + " #{tenantId}, #{definition}, #{deleted}, #{createdAt}, #{createdBy})")
  void insert(PolicyRow row);

  @Select("select " + COLUMNS + " from placement_policy where policy_name = #{name}"
      + " order by policy_version desc limit 1")
  PolicyRow latest(String name);

  @Select("select " + COLUMNS + " from placement_policy where policy_name = #{name} and policy_version = #{version}")
  PolicyRow version(String name, int version);

  @Select("select " + COLUMNS + " from placement_policy where policy_name = #{name} order by policy_version")
  List<PolicyRow> history(String name);

  /** The latest version of every policy, deleted ones included (callers skip them). */
  @Select("select " + COLUMNS + " from placement_policy p where policy_version ="
      + " (select max(policy_version) from placement_policy q where q.policy_name = p.policy_name)"
      + " order by policy_name")
  List<PolicyRow> latestOfAll();
}
