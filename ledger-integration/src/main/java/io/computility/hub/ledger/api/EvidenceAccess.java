package io.computility.hub.ledger.api;

import io.computility.hub.ledger.EvidenceRecord;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may see which evidence. OPERATOR, REGULATOR and SUPPORT see all; a CONSUMER (or PROVIDER) sees a record it is
 * the actor of, and every record of a business object it owns — the owner being the actor of that object's first
 * record (who created the order or started its process). Anyone else, or no caller at all, sees nothing.
 */
final class EvidenceAccess {

    private static final Set<String> WIDE = Set.of("ROLE_OPERATOR", "ROLE_REGULATOR", "ROLE_SUPPORT");
    private static final Set<String> OWN = Set.of("ROLE_CONSUMER", "ROLE_PROVIDER");

    private EvidenceAccess() {
    }

    /** May {@code caller} see the evidence of a business object whose records, in ledger order, are these? */
    static boolean maySee(Authentication caller, List<EvidenceRecord> recordsOfObject) {
        if (wide(caller)) {
            return true;
        }
        return own(caller) && !recordsOfObject.isEmpty()
                && caller.getName().equals(recordsOfObject.get(0).actor());
    }

    /** May {@code caller} see the evidence of a business object that the module owning it says is {@code owner}'s? */
    static boolean maySeeOwnedBy(Authentication caller, String owner) {
        return wide(caller) || own(caller) && caller.getName().equals(owner);
    }

    /** May {@code caller} see {@code record}, given the records of its business object ({@code owner} first)? */
    static boolean maySee(Authentication caller, EvidenceRecord record, List<EvidenceRecord> recordsOfObject) {
        return maySee(caller, recordsOfObject) || own(caller) && caller.getName().equals(record.actor());
    }

    private static boolean wide(Authentication caller) {
        return authenticated(caller) && roles(caller).stream().anyMatch(WIDE::contains);
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
