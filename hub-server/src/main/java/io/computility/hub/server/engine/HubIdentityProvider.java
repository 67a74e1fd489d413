package io.computility.hub.server.engine;

import io.computility.hub.server.identity.Account;
import io.computility.hub.server.identity.AccountDirectory;
import io.computility.hub.server.identity.Role;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.GroupQuery;
import org.operaton.bpm.engine.identity.NativeUserQuery;
import org.operaton.bpm.engine.identity.Tenant;
import org.operaton.bpm.engine.identity.TenantQuery;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.identity.UserQuery;
import org.operaton.bpm.engine.impl.GroupQueryImpl;
import org.operaton.bpm.engine.impl.Page;
import org.operaton.bpm.engine.impl.TenantQueryImpl;
import org.operaton.bpm.engine.impl.UserQueryImpl;
import org.operaton.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.interceptor.CommandExecutor;
import org.operaton.bpm.engine.impl.persistence.entity.GroupEntity;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Answers Operaton's user and group queries from the hub's own accounts, so the engine, Tasklist and Cockpit know
 * exactly the people the identity provider knows. Groups are the hub's roles. Read-only: accounts are managed by the
 * hub, never through Operaton's Admin app; passwords are checked by the identity provider, never by the engine.
 */
class HubIdentityProvider implements ReadOnlyIdentityProvider {

  private final AccountDirectory directory;

  HubIdentityProvider(AccountDirectory directory) {
    this.directory = directory;
  }

  @Override
  public User findUserById(String userId) {
    return directory.find(userId).map(HubIdentityProvider::toUser).orElse(null);
  }

  @Override
  public UserQuery createUserQuery() {
    return new AccountUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return new AccountUserQuery(null);
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new UnsupportedOperationException("native user queries need Operaton's own identity tables");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return false;
  }

  @Override
  public Group findGroupById(String groupId) {
    return roleOf(groupId) == null ? null : toGroup(roleOf(groupId));
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new RoleGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new RoleGroupQuery(null);
  }

  @Override
  public Tenant findTenantById(String tenantId) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new NoTenantQuery(null);
  }

  @Override
  public void flush() {
    // read-only: nothing to write
  }

  @Override
  public void close() {
    // holds no resources
  }

  private static User toUser(Account account) {
    UserEntity user = new UserEntity(account.username());
    user.setFirstName(account.displayName());
    user.setLastName("");
    return user;
  }

  private static Group toGroup(Role role) {
    GroupEntity group = new GroupEntity(role.name());
    group.setName(role.groupName());
    group.setType("WORKFLOW");
    return group;
  }

  private static Role roleOf(String groupId) {
    return Role.fromAuthority(Role.AUTHORITY_PREFIX + groupId);
  }

  /** Operaton's LIKE pattern ({@code %} any run) as a predicate. */
  private static Predicate<String> like(String pattern) {
    String regex = Arrays.stream(pattern.split("%", -1)).map(Pattern::quote).reduce((a, b) -> a + ".*" + b).orElse("");
    Pattern compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    return value -> value != null && compiled.matcher(value).matches();
  }

  private static <T> List<T> page(Stream<T> results, Page page) {
    return page == null ? results.toList() : results.skip(page.getFirstResult()).limit(page.getMaxResults()).toList();
  }

  private static HubIdentityProvider provider(CommandContext commandContext) {
    return (HubIdentityProvider) commandContext.getReadOnlyIdentityProvider();
  }

  /** A user query evaluated over the account directory. */
  private static final class AccountUserQuery extends UserQueryImpl {

    AccountUserQuery(CommandExecutor commandExecutor) {
      super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return matching(commandContext).count();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
      return page(matching(commandContext), page);
    }

    private Stream<User> matching(CommandContext commandContext) {
      HubIdentityProvider provider = provider(commandContext);
      Stream<Account> accounts = id != null
          ? provider.directory.find(id).stream()
          : provider.directory.findAll().stream();
      if (ids != null) {
        List<String> wanted = List.of(ids);
        accounts = accounts.filter(account -> wanted.contains(account.username()));
      }
      if (groupId != null) {
        Role role = roleOf(groupId);
        accounts = accounts.filter(account -> role != null && account.roles().contains(role));
      }
      if (firstName != null) {
        accounts = accounts.filter(account -> firstName.equals(account.displayName()));
      }
      if (firstNameLike != null) {
        Predicate<String> matches = like(firstNameLike);
        accounts = accounts.filter(account -> matches.test(account.displayName()));
      }
      if (tenantId != null || email != null || emailLike != null || lastName != null || procDefId != null) {
        // accounts carry no e-mail, surname or Operaton tenant; starter restrictions are not used by the hub
        return Stream.empty();
      }
      if (lastNameLike != null && !lastNameLike.replace("%", "").isEmpty()) {
        return Stream.empty();
      }
      return accounts.map(HubIdentityProvider::toUser);
    }
  }

  /** A group query evaluated over the hub's roles. */
  private static final class RoleGroupQuery extends GroupQueryImpl {

    RoleGroupQuery(CommandExecutor commandExecutor) {
      super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return matching(commandContext).count();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
      return page(matching(commandContext), page);
    }

    private Stream<Group> matching(CommandContext commandContext) {
      Stream<Role> roles = Stream.of(Role.values());
      if (id != null) {
        roles = roles.filter(role -> role.name().equals(id));
      }
      if (ids != null) {
        List<String> wanted = List.of(ids);
        roles = roles.filter(role -> wanted.contains(role.name()));
      }
      if (name != null) {
        roles = roles.filter(role -> name.equals(role.groupName()));
      }
      if (nameLike != null) {
        Predicate<String> matches = like(nameLike);
        roles = roles.filter(role -> matches.test(role.groupName()));
      }
      if (type != null) {
        roles = roles.filter(role -> "WORKFLOW".equals(type));
      }
      if (userId != null) {
        List<Role> held = provider(commandContext).directory.find(userId)
            .map(account -> List.copyOf(account.roles())).orElse(List.of());
        roles = roles.filter(held::contains);
      }
      if (tenantId != null || procDefId != null) {
        return Stream.empty();
      }
      return roles.map(HubIdentityProvider::toGroup);
    }
  }

  /** The hub does not use Operaton tenants: tenancy lives in the hub's own data. */
  private static final class NoTenantQuery extends TenantQueryImpl {

    NoTenantQuery(CommandExecutor commandExecutor) {
      super(commandExecutor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return 0;
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
      return List.of();
    }
  }
}
