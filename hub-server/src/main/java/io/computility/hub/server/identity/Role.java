package io.computility.hub.server.identity;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The hub's roles. Each is a Spring Security authority ({@code ROLE_X}) and an Operaton group of the same id, so a
 * user task's candidate group {@code SUPPORT} reaches every user with the SUPPORT role.
 */
public enum Role {
  CONSUMER("算力用户", "Compute consumer"),
  PROVIDER("算力提供方", "Compute provider"),
  OPERATOR("平台运营", "Platform operator"),
  SUPPORT("客服支持", "Support staff"),
  /** Second-line support: work orders escalated when first-line SUPPORT misses the SLA. */
  SUPPORT_L2("二线客服", "Second-line support"),
  REPORTER("填报单位", "Reporting unit"),
  REGULATOR("监管用户", "Regulator"),
  PARTNER("合作平台", "Partner platform");

  /** The prefix Spring Security puts before a role to make an authority. */
  public static final String AUTHORITY_PREFIX = "ROLE_";

  private final String chineseName;
  private final String englishName;

  Role(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /** The group name shown in Operaton's web apps: both languages, since the apps are not localised by us. */
  public String groupName() {
    return chineseName + " / " + englishName;
  }

  public GrantedAuthority authority() {
    return new SimpleGrantedAuthority(AUTHORITY_PREFIX + name());
  }

  /** The names of the hub's roles among {@code authorities}, sorted; other authorities (scopes) are left out. */
  public static List<String> namesOf(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .map(Role::fromAuthority)
        .filter(Objects::nonNull)
        .map(Role::name)
        .sorted()
        .toList();
  }

  /** The role an authority stands for, or {@code null} when it is not one of the hub's roles. */
  public static Role fromAuthority(String authority) {
    if (authority == null || !authority.startsWith(AUTHORITY_PREFIX)) {
      return null;
    }
    try {
      return valueOf(authority.substring(AUTHORITY_PREFIX.length()));
    } catch (IllegalArgumentException notOurs) {
      return null;
    }
  }
}
