package io.computility.hub.ledger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** Every Spring test of the module uses exactly this, so that all share one cached context (one engine boot). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = LedgerTestApplication.class)
@AutoConfigureMockMvc
public @interface LedgerSpringTest {
}
