/**
 * A store's places: warehouses and shops, with their address, time zone, opening hours
 * and what they take (returns now, pickups later).
 * {@link org.aftersale.locations.LocationDirectory} keeps them;
 * {@link org.aftersale.locations.LocationDirectory#acceptingReturns} tells the returns
 * capability where parcels may go and where shoppers may bring items back.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "kernel", "platform", "stores" })
package org.aftersale.locations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
