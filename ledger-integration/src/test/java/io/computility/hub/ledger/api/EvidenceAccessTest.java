package io.computility.hub.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who sees an order's bundle when the order store names its owner and region (the portal's {@code OrderEvidence}). */
class EvidenceAccessTest {

    @Test
    void regulatorsSeeTheOrdersOfTheirRegionOwnersTheirOwnOperatorsAll() {
        String shenzhen = "440300";
        assertThat(EvidenceAccess.maySeeOwnedBy(caller("rita", "ROLE_REGULATOR", "440000"), "carol", shenzhen))
                .isTrue();
        assertThat(EvidenceAccess.maySeeOwnedBy(caller("nat", "ROLE_REGULATOR", "000000"), "carol", shenzhen))
                .isTrue();
        assertThat(EvidenceAccess.maySeeOwnedBy(caller("gina", "ROLE_REGULATOR", "640000"), "carol", shenzhen))
                .isFalse();
        assertThat(EvidenceAccess.maySeeOwnedBy(caller("gina", "ROLE_REGULATOR", "640000"), "carol", null))
                .as("an order of no known region is beyond a regional regulator").isFalse();
        assertThat(EvidenceAccess.maySeeOwnedBy(caller("anon", "ROLE_REGULATOR", null), "carol", shenzhen))
                .as("no region claim: nothing, rather than everything").isFalse();
        assertThat(EvidenceAccess.maySeeOwnedBy(caller("olga", "ROLE_OPERATOR", "640000"), "carol", shenzhen))
                .isTrue();
        assertThat(EvidenceAccess.maySeeOwnedBy(caller("carol", "ROLE_CONSUMER", null), "carol", shenzhen)).isTrue();
        assertThat(EvidenceAccess.maySeeOwnedBy(caller("dave", "ROLE_CONSUMER", null), "carol", shenzhen)).isFalse();
    }

    @Test
    void everyRegulatorMayVerifyTheWholeChainWhichShowsNoRecords() {
        assertThat(EvidenceAccess.mayVerifyChain(caller("gina", "ROLE_REGULATOR", "640000"))).isTrue();
        assertThat(EvidenceAccess.mayVerifyChain(caller("carol", "ROLE_CONSUMER", null))).isFalse();
        Authentication session = new TestingAuthenticationToken("rita", null, List.of(
                new SimpleGrantedAuthority("ROLE_REGULATOR")));
        assertThat(EvidenceAccess.maySeeOwnedBy(session, "carol", "440300"))
                .as("a regulator known without the hub's JWT has no region").isFalse();
    }

    private static Authentication caller(String name, String role, String region) {
        Jwt.Builder token = Jwt.withTokenValue("t").header("alg", "none").subject(name)
                .issuedAt(Instant.parse("2026-11-27T00:00:00Z")).expiresAt(Instant.parse("2026-11-28T00:00:00Z"));
        if (region != null) {
            token.claim("region", region);
        }
        return new JwtAuthenticationToken(token.build(), List.of(new SimpleGrantedAuthority(role)));
    }
}
