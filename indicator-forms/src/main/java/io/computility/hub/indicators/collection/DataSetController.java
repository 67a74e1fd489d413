package io.computility.hub.indicators.collection;

import io.computility.hub.indicators.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Data sets and collection tasks (M-9.3 a): OPERATOR defines them and issues a task for a period. */
@RestController
@RequestMapping("/api/v1/monitoring/data-sets")
class DataSetController {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final DataSets dataSets;
  private final CollectionTasks tasks;
  private final BatchUploads batches;

  DataSetController(DataSets dataSets, CollectionTasks tasks, BatchUploads batches) {
    this.dataSets = dataSets;
    this.tasks = tasks;
    this.batches = batches;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('OPERATOR', 'REGULATOR', 'REPORTER')")
  List<DataSet> list() {
    return dataSets.list();
  }

  @GetMapping("/{code}")
  @PreAuthorize("hasAnyRole('OPERATOR', 'REGULATOR', 'REPORTER')")
  DataSet get(@PathVariable String code) {
    return dataSets.get(code);
  }

  @PutMapping("/{code}")
  @PreAuthorize("hasRole('OPERATOR')")
  DataSet save(@PathVariable String code, @Valid @RequestBody DataSetRequest request) {
    return dataSets.save(new DataSet(code, request.nameZh(), request.nameEn(), request.periodType(),
        request.dueAfter(), request.remindBefore(), request.indicatorCodes(), request.unitCodes()));
  }

  /** Issues the collection task for a period: one collection process per unit that owes the data set. */
  @PostMapping("/{code}/periods/{period}/issue")
  @PreAuthorize("hasRole('OPERATOR')")
  List<CollectionTasks.IssuedTask> issue(@PathVariable String code, @PathVariable String period) {
    return tasks.issue(code, period);
  }

  /** The CSV template for batch upload. */
  @GetMapping(value = "/{code}/template.csv", produces = "text/csv;charset=UTF-8")
  @PreAuthorize("hasAnyRole('OPERATOR', 'REPORTER')")
  String template(@PathVariable String code) {
    return batches.template(code);
  }

  /** Uploads a CSV batch: all rows stored, or none with a per-row error report (422 {@code batch-rejected}). */
  @PostMapping(value = "/{code}/batches", consumes = {"text/csv", "text/plain"})
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('OPERATOR', 'REPORTER')")
  List<Submission> upload(@PathVariable String code, @RequestBody String csv, JwtAuthenticationToken token) {
    return batches.upload(code, csv, Caller.of(token));
  }

  /** The XLSX template for batch upload. */
  @GetMapping(value = "/{code}/template.xlsx", produces = XLSX)
  @PreAuthorize("hasAnyRole('OPERATOR', 'REPORTER')")
  byte[] workbookTemplate(@PathVariable String code) {
    return batches.workbookTemplate(code);
  }

  /** Uploads an XLSX batch (sheet {@code data}), all or nothing like a CSV one. */
  @PostMapping(value = "/{code}/batches", consumes = XLSX)
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('OPERATOR', 'REPORTER')")
  List<Submission> uploadWorkbook(@PathVariable String code, @RequestBody byte[] xlsx,
      JwtAuthenticationToken token) {
    return batches.uploadWorkbook(code, new ByteArrayInputStream(xlsx), Caller.of(token));
  }

  /** A data set as created or replaced. */
  record DataSetRequest(@NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn,
      @NotNull PeriodType periodType, @NotBlank String dueAfter, @NotBlank String remindBefore,
      @NotEmpty List<String> indicatorCodes, List<String> unitCodes) {
  }
}
