/**
 * Policy evaluation by simulation (S-7.3 b): {@link io.computility.hub.workers.simulation.PolicySimulator}
 * replays a demand trace against a pool snapshot under several policies; {@code POST
 * /api/v1/scheduling/simulations} and {@link io.computility.hub.workers.simulation.SimulationCli} run it. The
 * shipped samples are under {@code classpath:simulation/}; {@code SampleDataGenerator} (test sources) rewrites
 * them. From the worktree root, after a build:
 *
 * <pre>
 * ./mvnw -q -B -pl workers dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp workers/target/classes:$(cat workers/target/cp.txt) \
 *   io.computility.hub.workers.simulation.SimulationCli --policy=cost-first --policy=latency-first
 * </pre>
 */
package io.computility.hub.workers.simulation;
