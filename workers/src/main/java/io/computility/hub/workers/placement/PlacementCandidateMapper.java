package io.computility.hub.workers.placement;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** SQL of {@link StoredCandidates}. */
@Mapper
interface PlacementCandidateMapper {

  @Delete("delete from placement_demand_candidate where demand_id = #{demandId}")
  int deleteFor(String demandId);

  @Insert("""
      insert into placement_demand_candidate (demand_id, rank_no, pool_id, provider_id, region_code, score,
        estimated_cost_fen, currency, latency_ms, breakdown, policy_name, policy_version, auto_select, created_at)
      values (#{demandId}, #{rankNo}, #{poolId}, #{providerId}, #{regionCode}, #{score}, #{estimatedCostFen},
        #{currency}, #{latencyMs}, #{breakdown}, #{policyName}, #{policyVersion}, #{autoSelect}, #{createdAt})""")
  void insert(StoredCandidate row);

  @Select("""
      select demand_id, rank_no, pool_id, provider_id, region_code, score, estimated_cost_fen, currency, latency_ms,
             breakdown, policy_name, policy_version, auto_select, created_at
        from placement_demand_candidate where demand_id = #{demandId} order by rank_no""")
  List<StoredCandidate> findFor(@Param("demandId") String demandId);
}
