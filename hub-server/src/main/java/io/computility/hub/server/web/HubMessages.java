package io.computility.hub.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * User-facing text in Simplified Chinese and English. Every module drops its bundles as
 * {@code i18n/<module>_zh_CN.properties} and {@code i18n/<module>_en.properties}; they are all found here, and the
 * language follows the caller's {@code Accept-Language}, Chinese when it names neither.
 */
@Configuration(proxyBeanMethods = false)
public class HubMessages {

  /** The languages the hub speaks, the first being the default. */
  public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames(bundleBasenames());
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    messages.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    return messages;
  }

  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setSupportedLocales(LANGUAGES);
    resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    return resolver;
  }

  private static String[] bundleBasenames() {
    try {
      Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_en.properties");
      return Arrays.stream(bundles)
          .map(Resource::getFilename)
          .filter(Objects::nonNull)
          .map(name -> "i18n/" + name.substring(0, name.length() - "_en.properties".length()))
          .distinct()
          .sorted()
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the message bundles", e);
    }
  }
}
