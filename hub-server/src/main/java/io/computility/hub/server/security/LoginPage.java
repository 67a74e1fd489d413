package io.computility.hub.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The identity provider's sign-in page, in the language the browser asks for. */
@Controller
class LoginPage {

  private final MessageSource messages;

  LoginPage(MessageSource messages) {
    this.messages = messages;
  }

  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  String login(HttpServletRequest request, CsrfToken csrf, Locale locale) {
    String notice = request.getParameter("error") != null ? text("login.failed", locale)
        : request.getParameter("logout") != null ? text("login.signed-out", locale) : "";
    return """
        <!DOCTYPE html>
        <html lang="%s">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>%s</title>
          <style>
            body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f4f6f9;
                   display: flex; justify-content: center; padding-top: 10vh; margin: 0; }
            form { background: #fff; padding: 2rem 2.5rem; border-radius: 8px; width: 22rem;
                   box-shadow: 0 2px 12px rgba(0, 0, 0, .08); }
            h1 { font-size: 1.25rem; margin: 0 0 1.5rem; }
            label { display: block; margin: .75rem 0 .25rem; color: #333; }
            input[type=text], input[type=password] { width: 100%%; box-sizing: border-box; padding: .5rem;
                   border: 1px solid #c8ccd2; border-radius: 4px; }
            button { margin-top: 1.5rem; width: 100%%; padding: .6rem; border: 0; border-radius: 4px;
                   background: #1f5fbf; color: #fff; font-size: 1rem; cursor: pointer; }
            .notice { color: #b42318; margin: 0 0 1rem; }
          </style>
        </head>
        <body>
          <form method="post" action="%s/login">
            <h1>%s</h1>
            <p class="notice">%s</p>
            <label for="username">%s</label>
            <input type="text" id="username" name="username" autocomplete="username" autofocus required>
            <label for="password">%s</label>
            <input type="password" id="password" name="password" autocomplete="current-password" required>
            <input type="hidden" name="%s" value="%s">
            <button type="submit">%s</button>
          </form>
        </body>
        </html>
        """.formatted(locale.toLanguageTag(), text("login.title", locale), request.getContextPath(),
        text("login.title", locale), notice, text("login.username", locale), text("login.password", locale),
        csrf.getParameterName(), HtmlUtils.htmlEscape(csrf.getToken()), text("login.submit", locale));
  }

  private String text(String key, Locale locale) {
    return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
  }
}
