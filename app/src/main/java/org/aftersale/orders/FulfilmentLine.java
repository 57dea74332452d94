package org.aftersale.orders;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * How many units of one line item went out in one fulfilment.
 */
@Table(schema = "orders", name = "fulfilment_line")
public record FulfilmentLine(UUID fulfilmentId, UUID lineId, long quantity) {

}
