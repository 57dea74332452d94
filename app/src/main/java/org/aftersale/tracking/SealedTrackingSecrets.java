package org.aftersale.tracking;

import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.SealedColumn;

import org.springframework.stereotype.Component;

/**
 * The signed tracking webhooks' and EasyPost's secrets, for sealing again under a new
 * key.
 */
@Component
class SealedTrackingSecrets implements SealedColumn.Owner {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(
				new SealedColumn("tracking.webhook_secret", List.of("store_id"), "secret_sealed",
						row -> TrackingWebhookSecrets.context(new StoreId((UUID) row.get("store_id")))),
				new SealedColumn("tracking.easypost_connection", List.of("store_id"), "secret_sealed",
						row -> EasyPostWebhooks.context(new StoreId((UUID) row.get("store_id")))));
	}

}
