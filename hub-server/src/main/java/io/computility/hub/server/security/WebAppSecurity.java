package io.computility.hub.server.security;

import io.computility.hub.server.engine.SpringSecurityEngineAuthentication;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.operaton.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.operaton.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Single sign-on for Operaton's Tasklist, Cockpit and Admin: the web apps log in through the hub's identity provider
 * (OpenID Connect authorization code), and Operaton takes the signed-in user and their roles as groups from Spring
 * Security instead of keeping a password store of its own.
 */
@Configuration(proxyBeanMethods = false)
class WebAppSecurity {

  /** After Spring Security's filter chain (order -100), so Operaton sees who signed in. */
  private static final int AFTER_SPRING_SECURITY = 101;
  private static final String AUTHENTICATION_PROVIDER_PARAM = "authentication-provider";

  @Bean
  @Order(1)
  SecurityFilterChain webAppChain(HttpSecurity http, ClientRegistrationRepository webAppLogin) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(new OrRequestMatcher(path.matcher("/operaton/**"), path.matcher("/oauth2/authorization/**"),
            path.matcher("/login/oauth2/code/**")))
        .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
        .oauth2Login(login -> login
            .clientRegistrationRepository(webAppLogin)
            .loginPage("/oauth2/authorization/" + HubClients.WEBAPP_CLIENT_ID)
            .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesFromIdToken())))
        // Leaving the web apps ends the whole single sign-on session, else the next request would sign in again.
        .logout(logout -> logout
            .logoutRequestMatcher(path.matcher(HttpMethod.POST, "/operaton/api/admin/auth/user/*/logout"))
            .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
        // The web apps send their own CSRF token and check it themselves.
        .csrf(AbstractHttpConfigurer::disable);
    return http.build();
  }

  @Bean
  ClientRegistrationRepository webAppLogin(HubClients clients, org.springframework.core.env.Environment environment) {
    return new WebAppClientRegistration(clients, environment);
  }

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webAppAuthenticationFilter() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("operaton-webapp-sso");
    registration.addInitParameter(AUTHENTICATION_PROVIDER_PARAM, SpringSecurityEngineAuthentication.class.getName());
    registration.addUrlPatterns("/operaton/app/*", "/operaton/api/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("operaton-engine-rest-jwt");
    registration.addInitParameter(AUTHENTICATION_PROVIDER_PARAM, SpringSecurityEngineAuthentication.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  /** The {@code roles} claim of the ID token as {@code ROLE_*} authorities. */
  private static GrantedAuthoritiesMapper rolesFromIdToken() {
    return authorities -> {
      Set<GrantedAuthority> mapped = new HashSet<>(authorities);
      for (GrantedAuthority authority : authorities) {
        if (authority instanceof OidcUserAuthority oidc) {
          List<String> roles = oidc.getIdToken().getClaimAsStringList(AuthorizationServerSecurity.ROLES_CLAIM);
          if (roles != null) {
            roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
          }
        }
      }
      return mapped;
    };
  }
}
