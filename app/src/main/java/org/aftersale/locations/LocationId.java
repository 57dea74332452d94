package org.aftersale.locations;

import java.util.UUID;

/**
 * The identity of a store's location.
 */
public record LocationId(UUID value) {

}
