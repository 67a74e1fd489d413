package io.computility.hub.camel.onboarding;

import io.computility.hub.OnboardingTestApplication;
import io.computility.hub.camel.RemoteProviderStubs;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring set-up of the process tests (profile {@code onboarding}, database {@code hub_test_onboarding}):
 * the hub serves the simulator over HTTP on a random port, and the simulated providers' onboardings are started
 * when it is ready, without automatic approval.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OnboardingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("onboarding")
@ContextConfiguration(initializers = RemoteProviderStubs.class)
public @interface OnboardingProcessTest {
}
