package org.aftersale.tracking;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Units of one order line carried in a shipment; returns work from these.
 */
@Table(schema = "tracking", name = "shipment_line")
public record ShipmentLine(UUID orderLineId, @Nullable String sku, long quantity) {

}
