package io.computility.hub.portal.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The one Spring test set-up of the portal's HTTP API (see {@link PortalWebTestApplication}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PortalWebTestApplication.class)
@AutoConfigureMockMvc
@ActiveProfiles("portal-web")
public @interface PortalWebTest {
}
