package io.computility.hub.indicators.pull;

import io.computility.hub.indicators.units.PullEndpoint;

/** One pull to make: a unit's values of a data set for a period, from the unit's endpoint. */
record PullRequest(String unitCode, String dataSetCode, String period, PullEndpoint endpoint) {
}
