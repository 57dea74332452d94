package org.aftersale.tracking.polling;

import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.SealedColumn;

import org.springframework.stereotype.Component;

/** The stores' carrier API credentials, for sealing again under a new key. */
@Component
class SealedCarrierCredentials implements SealedColumn.Owner {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of("client_id", "client_secret", "api_key")
			.stream()
			.map(field -> new SealedColumn("tracking.carrier_credential", List.of("store_id", "carrier"),
					field + "_sealed",
					row -> CarrierAccounts.context(new StoreId((UUID) row.get("store_id")), (String) row.get("carrier"),
							field)))
			.toList();
	}

}
