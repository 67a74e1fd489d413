package io.computility.hub.camel.partner;

import java.security.Principal;
import java.time.Clock;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Which API client speaks for a partner provider. The client that registers a provider first owns it: later
 * registrations, inventory and usage pushes and provisioning reports for it are accepted from that client or from an
 * OPERATOR only, so one partner cannot change another's data. The hub's API security guarantees an authenticated
 * caller on these paths; without one (a module test with no security) nothing is checked.
 */
@Service
public class PartnerClients {

  private static final String OPERATOR = "ROLE_OPERATOR";

  private final ClientMapper clients;
  private final Clock clock;

  PartnerClients(ClientMapper clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  /** Makes {@code caller} the provider's client if it has none; refuses a caller that is not its client. */
  void claim(String providerId, Principal caller) {
    if (caller == null) {
      return;
    }
    try {
      clients.insert(providerId, caller.getName(), clock.instant());
    } catch (DuplicateKeyException owned) {
      check(providerId, caller);
    }
  }

  /**
   * Refuses a caller that is neither the provider's client nor an OPERATOR.
   *
   * @throws PartnerNotOwnedException (403) then
   */
  public void check(String providerId, Principal caller) {
    if (caller == null || operator(caller)) {
      return;
    }
    String client = clients.clientOf(providerId);
    if (client != null && !client.equals(caller.getName())) {
      throw new PartnerNotOwnedException(providerId);
    }
  }

  private static boolean operator(Principal caller) {
    return caller instanceof Authentication authentication
        && authentication.getAuthorities().stream().anyMatch(a -> OPERATOR.equals(a.getAuthority()));
  }

  @Mapper
  interface ClientMapper {

    @Insert("INSERT INTO camel_partner_client (provider_id, client_id, registered_at) VALUES (#{providerId},"
        + " #{clientId}, #{at})")
    void insert(@Param("providerId") String providerId, @Param("clientId") String clientId,
        @Param("at") java.time.Instant at);

    @Select("SELECT client_id FROM camel_partner_client WHERE provider_id = #{providerId}")
    String clientOf(@Param("providerId") String providerId);
  }
}
