package io.computility.hub.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which candidates are left after a failed provisioning attempt. */
class CandidateCapacityTest {

  @Test
  void theCandidatesAfterTheCurrentPoolInRankOrder() {
    assertThat(CandidateCapacity.after("a:1,b:2,c:3,d:4", "b:2")).containsExactly("c:3", "d:4");
    assertThat(CandidateCapacity.after("a:1,b:2", "b:2")).isEmpty();
  }

  @Test
  void aPoolOutsideTheRankingLeavesEveryCandidate() {
    assertThat(CandidateCapacity.after("a:1, b:2", "x:9")).containsExactly("a:1", "b:2");
  }
}
