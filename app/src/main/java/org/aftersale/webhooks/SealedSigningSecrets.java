package org.aftersale.webhooks;

import java.util.List;
import java.util.UUID;

import org.aftersale.platform.SealedColumn;

import org.springframework.stereotype.Component;

/** The subscriptions' signing secrets, for sealing again under a new key. */
@Component
class SealedSigningSecrets implements SealedColumn.Owner {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(new SealedColumn("webhooks.subscription", List.of("id"), "secret_sealed",
				row -> SubscriptionDesk.secretContext(new SubscriptionId((UUID) row.get("id")))));
	}

}
