package io.computility.hub.indicators.collection;

/**
 * A unit's collection task waits for its values: the data set was just issued for the period, or the task's
 * reminder time came. Published as a Spring application event, so other ways in (the API pull) can act on the
 * task's schedule without the collection knowing them.
 */
public record CollectionDue(String unitCode, String dataSetCode, String period) {
}
