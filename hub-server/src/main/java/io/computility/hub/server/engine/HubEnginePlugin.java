package io.computility.hub.server.engine;

import io.computility.hub.server.identity.AccountDirectory;
import io.computility.hub.server.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permission;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resource;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.filter.Filter;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.operaton.bpm.engine.impl.interceptor.Session;
import org.operaton.bpm.engine.impl.interceptor.SessionFactory;
import org.operaton.bpm.engine.task.TaskQuery;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Fits the embedded engine into the hub's security: users and groups come from the hub's accounts and roles,
 * authorization checks are on, OPERATOR administers the engine, and each role reaches the web apps it needs.
 */
@Component
class HubEnginePlugin extends AbstractProcessEnginePlugin {

  /** Roles whose people work on user tasks in Tasklist. */
  private static final List<Role> TASK_WORKERS =
      List.of(Role.SUPPORT, Role.REPORTER, Role.REGULATOR, Role.CONSUMER, Role.PROVIDER);

  private final AccountDirectory directory;

  HubEnginePlugin(@Lazy AccountDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new HubIdentityProvider(directory);
      }
    });
    configuration.setAuthorizationEnabled(true);
    configuration.setAdminGroups(new ArrayList<>(List.of(Role.OPERATOR.name())));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Role role : TASK_WORKERS) {
      grant(authorizations, role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(authorizations, role, Resources.FILTER, Authorization.ANY, Permissions.READ);
      grant(authorizations, role, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }
    // Operators run the platform: every permission on every resource (Cockpit, Admin, all instances and tasks).
    for (Resources resource : Resources.values()) {
      grant(authorizations, Role.OPERATOR, resource, Authorization.ANY, Permissions.ALL);
    }
    ensureGroupTaskFilter(engine.getFilterService(), engine.getTaskService());
    ensureOfferedTaskFilter(engine.getFilterService(), engine.getTaskService());
  }

  private static void grant(AuthorizationService authorizations, Role role, Resource resource, String resourceId,
      Permission permission) {
    // One row per group, resource and id (a unique index): extend it rather than add another.
    Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(role.name()).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(role.name());
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (authorization.isPermissionGranted(permission)) {
      return;
    }
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }

  /** Tasklist shows nothing without a filter: give everyone "my group tasks" out of the box. */
  private static void ensureGroupTaskFilter(FilterService filters, TaskService tasks) {
    String name = "我的组任务 / My group tasks";
    if (filters.createFilterQuery().filterName(name).count() == 0) {
      TaskQuery groupTasks = tasks.createTaskQuery()
          .taskCandidateGroupInExpression("${currentUserGroups()}")
          .includeAssignedTasks();
      Filter filter = filters.newTaskFilter(name)
          .setQuery(groupTasks)
          .setProperties(Map.of("priority", -10, "refresh", true));
      filters.saveFilter(filter);
    }
  }

  /**
   * Tasks offered to the user by name (candidate users), such as a reporting unit's collection task, which only
   * that unit's reporters may fill: a group filter would not list them.
   */
  private static void ensureOfferedTaskFilter(FilterService filters, TaskService tasks) {
    String name = "分派给我的任务 / Tasks offered to me";
    if (filters.createFilterQuery().filterName(name).count() == 0) {
      TaskQuery offered = tasks.createTaskQuery()
          .taskCandidateUserExpression("${currentUser()}")
          .includeAssignedTasks();
      Filter filter = filters.newTaskFilter(name)
          .setQuery(offered)
          .setProperties(Map.of("priority", -5, "refresh", true));
      filters.saveFilter(filter);
    }
  }
}
