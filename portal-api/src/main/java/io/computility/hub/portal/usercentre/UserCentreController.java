package io.computility.hub.portal.usercentre;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The user centre (O-8.2): the caller's balance, active orders, unpaid bills and open work orders at a glance. */
@RestController
class UserCentreController {

  private final UserCentre userCentre;

  UserCentreController(UserCentre userCentre) {
    this.userCentre = userCentre;
  }

  @GetMapping("/api/v1/me/summary")
  UserSummary summary(Authentication caller) {
    return userCentre.summary(caller.getName());
  }
}
