/**
 * Policy evaluation by simulation (S-7.3 b): {@link io.computility.hub.workers.simulation.PolicySimulator}
 * replays a demand trace against a pool snapshot under several policies; {@code POST
 * /api/v1/scheduling/simulations} and {@link io.computility.hub.workers.simulation.SimulationCli} run it. The
 * shipped samples are under {@code classpath:simulation/}.
 */
package io.computility.hub.workers.simulation;
