package io.computility.hub.server.identity;

import java.util.Set;

/**
 * A person or organisation that signs in to the hub.
 *
 * @param username the sign-in name, also the Operaton user id
 * @param displayName the name shown to others
 * @param tenant the organisation the account acts for
 * @param regionCode the GB/T 2260 administrative division the account is scoped to ({@code 000000}: the nation)
 * @param enabled whether the account may sign in
 * @param roles the account's roles
 */
public record Account(String username, String displayName, String tenant, String regionCode, boolean enabled,
    Set<Role> roles) {

  public Account {
    roles = Set.copyOf(roles);
  }
}
