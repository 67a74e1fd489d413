package io.computility.hub.server.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Account administration for operators (OPERATOR only; see the API security rules). */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

  private final AccountDirectory directory;

  AccountController(AccountDirectory directory) {
    this.directory = directory;
  }

  @GetMapping
  List<Account> list() {
    return directory.findAll();
  }

  @PostMapping
  ResponseEntity<Account> create(@Valid @RequestBody NewAccountRequest request) {
    Account created = directory.create(new AccountDirectory.NewAccount(request.username(), request.password(),
        request.displayName(), request.tenant(), request.regionCode(), request.roles()));
    return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.username())).body(created);
  }

  /** What an operator sends to create an account. */
  record NewAccountRequest(
      @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") String username,
      @NotBlank @Size(min = 8, max = 200) String password,
      @NotBlank @Size(max = 200) String displayName,
      @NotBlank @Size(max = 100) String tenant,
      @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
      @NotEmpty Set<Role> roles) {
  }
}
