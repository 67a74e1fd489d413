package io.computility.hub.indicators.units;

/**
 * A reporting unit's own endpoint from which the hub pulls its values (M-9.3 b).
 *
 * @param url where to {@code GET} the values of a data set and period ({@code ?dataSet=…&period=…} is appended)
 * @param credentialsRef the name of the environment variable holding the bearer token, {@code null} for none;
 *     the token itself is never stored
 */
public record PullEndpoint(String url, String credentialsRef) {
}
