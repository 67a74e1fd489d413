package io.computility.hub.workers.placement;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The one Spring test set-up of the scheduling layer (see {@link PlacementTestApplication}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PlacementTestApplication.class)
@AutoConfigureMockMvc
@ActiveProfiles("placement")
public @interface PlacementSpringTest {
}
