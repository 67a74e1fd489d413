package io.computility.hub.portal.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@code ?page=&size=} into a {@link PageQuery} for any controller that takes one, bounded by
 * {@link PortalProperties.Paging}; a value out of bounds or not a number is a 400 naming the parameter.
 */
class PageQueryResolver implements HandlerMethodArgumentResolver {

  private final PortalProperties.Paging paging;

  PageQueryResolver(PortalProperties.Paging paging) {
    this.paging = paging;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == PageQuery.class;
  }

  @Override
  public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
      NativeWebRequest request, WebDataBinderFactory binderFactory) {
    int page = bounded("page", request.getParameter("page"), 0, 0, paging.maxPage());
    int size = bounded("size", request.getParameter("size"), paging.defaultSize(), 1, paging.maxSize());
    return new PageQuery(page, size);
  }

  private static int bounded(String name, String value, int absent, int min, int max) {
    if (value == null) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // answered below like a number out of bounds
    }
    throw new PortalProblem.InvalidParameter(name, value, "must be a whole number from " + min + " to " + max);
  }
}
