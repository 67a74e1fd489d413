package io.computility.hub.ledger.api;

import io.computility.hub.ledger.EvidenceRecord;
import io.computility.hub.workers.placement.RegionCodes;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who may see which evidence. OPERATOR and SUPPORT see all. A REGULATOR sees what lies in its region, the
 * {@code region} claim of the hub's JWT as in the monitoring API: the nation ({@code 000000}) sees all; a province,
 * city or county sees the records about a region inside it, and nothing that concerns no known region; a regulator
 * without a valid region sees nothing (rather than everything). A record's region is its own, else that of another
 * record of the same business object; an order's is its pool's. A CONSUMER (or PROVIDER) sees a record it is the actor of, and every record of a
 * business object it owns — the owner being the actor of that object's first record (who created the order or
 * started its process). Anyone else, or no caller at all, sees nothing.
 */
final class EvidenceAccess {

    /** The nation's GB/T 2260 code: a regulator with it has the whole country in scope. */
    static final String NATION = "000000";

    private static final Set<String> ALL = Set.of("ROLE_OPERATOR", "ROLE_SUPPORT");
    private static final String REGULATOR = "ROLE_REGULATOR";
    private static final Set<String> OWN = Set.of("ROLE_CONSUMER", "ROLE_PROVIDER");

    private EvidenceAccess() {
    }

    /** May {@code caller} see the evidence of a business object whose records, in ledger order, are these? */
    static boolean maySee(Authentication caller, List<EvidenceRecord> recordsOfObject) {
        if (inScope(caller, regionOf(recordsOfObject))) {
            return true;
        }
        return ownsObject(caller, recordsOfObject);
    }

    /**
     * May {@code caller} see the evidence of a business object that the module owning it says is {@code owner}'s,
     * about {@code region} ({@code null} when not known)?
     */
    static boolean maySeeOwnedBy(Authentication caller, String owner, String region) {
        return inScope(caller, region) || own(caller) && caller.getName().equals(owner);
    }

    /** May {@code caller} see {@code record}, given the records of its business object ({@code owner} first)? */
    static boolean maySee(Authentication caller, EvidenceRecord record, List<EvidenceRecord> recordsOfObject) {
        String region = record.region() != null ? record.region() : regionOf(recordsOfObject);
        if (inScope(caller, region)) {
            return true;
        }
        return own(caller) && caller.getName().equals(record.actor()) || ownsObject(caller, recordsOfObject);
    }

    /** Is {@code caller} an owner who made the first record of the object (its creation)? */
    private static boolean ownsObject(Authentication caller, List<EvidenceRecord> recordsOfObject) {
        return own(caller) && !recordsOfObject.isEmpty() && caller.getName().equals(recordsOfObject.get(0).actor());
    }

    /** May {@code caller} run the full-chain verification (which shows counts and findings, no records)? */
    static boolean mayVerifyChain(Authentication caller) {
        return authenticated(caller) && roles(caller).stream().anyMatch(r -> ALL.contains(r) || REGULATOR.equals(r));
    }

    /** Does {@code region} ({@code null}: no one region) lie in what the caller oversees? */
    private static boolean inScope(Authentication caller, String region) {
        if (!authenticated(caller)) {
            return false;
        }
        List<String> roles = roles(caller);
        if (roles.stream().anyMatch(ALL::contains)) {
            return true;
        }
        if (!roles.contains(REGULATOR)) {
            return false;
        }
        String scope = regulatorRegion(caller);
        if (NATION.equals(scope)) {
            return true;
        }
        return scope != null && scope.matches("\\d{6}") && region != null && RegionCodes.within(region, scope);
    }

    /** The region claim of the hub's JWT; other authentications carry none. */
    private static String regulatorRegion(Authentication caller) {
        return caller instanceof JwtAuthenticationToken jwt ? jwt.getToken().getClaimAsString("region") : null;
    }

    private static String regionOf(List<EvidenceRecord> recordsOfObject) {
        return recordsOfObject.stream().map(EvidenceRecord::region).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static boolean own(Authentication caller) {
        return authenticated(caller) && roles(caller).stream().anyMatch(OWN::contains);
    }

    private static boolean authenticated(Authentication caller) {
        return caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
    }

    private static List<String> roles(Authentication caller) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
