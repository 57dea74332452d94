package org.aftersale.tracking;

/**
 * Which way a parcel travels: to the shopper (the order's shipments) or back to the store
 * (a return). Return parcels are followed and polled the same way, but only announce
 * {@link ReturnParcelMoved}: the shopper's shipment messages, delay notices and delivery
 * figures are about the order's own shipments.
 */
public enum ShipmentDirection {

	OUTBOUND, RETURN

}
