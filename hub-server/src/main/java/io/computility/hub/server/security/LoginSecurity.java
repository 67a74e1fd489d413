package io.computility.hub.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import java.util.stream.Stream;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The identity provider's sign-in page, and everything not claimed by a more specific chain. */
@Configuration(proxyBeanMethods = false)
class LoginSecurity {

  private static final RequestMatcher SIMULATOR = PathPatternRequestMatcher.withDefaults().matcher("/simulator/**");

  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  SecurityFilterChain loginChain(HttpSecurity http, IdentityProviderSession idpSession) throws Exception {
    http.authorizeHttpRequests(authorize -> authorize
            .requestMatchers(Stream.of("/login", "/error", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**",
                "/swagger-ui.html").map(PathPatternRequestMatcher.withDefaults()::matcher)
                .toArray(RequestMatcher[]::new)).permitAll()
            // The built-in provider simulator (embedded default only) plays remote providers: the adapters call
            // it over HTTP as they would a provider's API, with the provider's own credentials, not the hub's.
            .requestMatchers(SIMULATOR).permitAll()
            .anyRequest().authenticated())
        .csrf(csrf -> csrf.ignoringRequestMatchers(SIMULATOR))
        .formLogin(form -> form.loginPage("/login").permitAll());
    idpSession.applyTo(http);
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
