package io.computility.hub.server.identity;

import io.computility.hub.workers.evidence.BusinessEvidence;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the embedded identity provider: sign-in for the login page, and the directory Operaton's web apps
 * and the token customiser read users, roles, tenant and region from. Opening an account is recorded on the ledger.
 */
@Service
public class AccountDirectory implements UserDetailsService {

  private final AccountMapper accounts;
  private final PasswordEncoder passwordEncoder;
  private final BusinessEvidence evidence;

  AccountDirectory(AccountMapper accounts, PasswordEncoder passwordEncoder, BusinessEvidence evidence) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.evidence = evidence;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    AccountMapper.AccountRow row = accounts.find(username);
    if (row == null) {
      throw new UsernameNotFoundException(username);
    }
    return User.withUsername(row.username())
        .password(row.passwordHash())
        .disabled(!row.enabled())
        .authorities(accounts.rolesOf(username).stream().map(Role::authority).toList())
        .build();
  }

  /** The account with this username, if there is one. */
  public Optional<Account> find(String username) {
    return Optional.ofNullable(accounts.find(username)).map(this::toAccount);
  }

  /** Every account, by username. */
  public List<Account> findAll() {
    return accounts.findAll().stream().map(this::toAccount).toList();
  }

  /** The usernames of every account holding {@code role}. */
  public List<String> membersOf(Role role) {
    return accounts.membersOf(role);
  }

  /**
   * Creates an account.
   *
   * @throws AccountExistsException when the username is taken
   */
  @Transactional
  public Account create(NewAccount account) {
    try {
      accounts.insert(new AccountMapper.AccountRow(account.username(), passwordEncoder.encode(account.password()),
          account.displayName(), account.tenant(), account.regionCode(), true));
    } catch (DuplicateKeyException taken) {
      throw new AccountExistsException(account.username());
    }
    account.roles().forEach(role -> accounts.insertRole(account.username(), role));
    Account created = find(account.username()).orElseThrow();
    Map<String, Object> facts = new HashMap<>();
    facts.put("username", created.username());
    facts.put("displayName", created.displayName());
    facts.put("tenant", created.tenant());
    facts.put("region", created.regionCode());
    facts.put("roles", created.roles().stream().map(Role::name).sorted().toList());
    evidence.record("account.opened", created.username(), created.username(), facts);
    return created;
  }

  private Account toAccount(AccountMapper.AccountRow row) {
    List<Role> roles = accounts.rolesOf(row.username());
    Set<Role> roleSet = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    return new Account(row.username(), row.displayName(), row.tenant(), row.regionCode(), row.enabled(), roleSet);
  }

  /** What it takes to create an account. */
  public record NewAccount(String username, String password, String displayName, String tenant, String regionCode,
      Set<Role> roles) {
  }
}
