package io.computility.hub.server.identity;

import io.computility.hub.server.security.HubSecurityProperties;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Seeds one demo user per role, password {@code demo}, when {@code hub.security.seed-demo-accounts} is on (the
 * embedded default). Existing accounts are left alone, so a restart changes nothing.
 */
@Component
class DemoAccounts implements ApplicationRunner {

  private static final String PASSWORD = "demo";
  private static final String BEIJING = "110000";
  private static final String NATION = "000000";

  private final AccountDirectory directory;
  private final HubSecurityProperties properties;

  DemoAccounts(AccountDirectory directory, HubSecurityProperties properties) {
    this.directory = directory;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.seedDemoAccounts()) {
      return;
    }
    seed("consumer-demo", "演示算力用户 Demo consumer", "demo-enterprise", BEIJING, Role.CONSUMER);
    seed("provider-demo", "演示算力提供方 Demo provider", "demo-provider", BEIJING, Role.PROVIDER);
    seed("operator-demo", "演示平台运营 Demo operator", "platform", NATION, Role.OPERATOR);
    seed("support-demo", "演示客服 Demo support", "platform", NATION, Role.SUPPORT);
    seed("support-l2-demo", "演示二线客服 Demo second-line support", "platform", NATION, Role.SUPPORT_L2);
    seed("reporter-demo", "演示填报单位 Demo reporter", "demo-datacentre", BEIJING, Role.REPORTER);
    seed("regulator-demo", "演示监管用户 Demo regulator", "regulator-beijing", BEIJING, Role.REGULATOR);
  }

  private void seed(String username, String displayName, String tenant, String region, Role role) {
    if (directory.find(username).isEmpty()) {
      directory.create(new AccountDirectory.NewAccount(username, PASSWORD, displayName, tenant, region, Set.of(role)));
    }
  }
}
