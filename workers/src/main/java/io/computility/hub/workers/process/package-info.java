/**
 * What the hub does to its processes — start, correlate a message, complete a user task — behind one
 * engine-neutral port, {@link io.computility.hub.workers.process.ProcessCommands}, with an implementation per
 * engine ({@code hub.engine}).
 */
package io.computility.hub.workers.process;
