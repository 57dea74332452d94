package org.aftersale.tracking.page;

import org.jspecify.annotations.Nullable;

/**
 * A line of a shipment's timeline.
 *
 * @param when formatted in the page's time zone and language
 * @param machineTime ISO-8601 with offset, for {@code <time datetime>}
 */
public record PageEvent(String when, String machineTime, String description, @Nullable String location) {

}
