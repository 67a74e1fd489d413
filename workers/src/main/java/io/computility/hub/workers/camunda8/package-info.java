/**
 * The optional Camunda 8 runtime ({@code hub.engine=camunda8}): the hub's {@code Worker}s served as Camunda 8 job
 * workers, the models converted at build time deployed at start, and {@code ProcessCommands} over the cluster's
 * REST API. Only the Apache-licensed client is used; no Camunda 8 engine is bundled. With the default engine none
 * of these beans exists. See {@code deploy/camunda8.md}.
 */
package io.computility.hub.workers.camunda8;
