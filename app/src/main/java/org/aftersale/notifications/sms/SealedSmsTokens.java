package org.aftersale.notifications.sms;

import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.SealedColumn;

import org.springframework.stereotype.Component;

/** The SMS providers' auth tokens, for sealing again under a new key. */
@Component
class SealedSmsTokens implements SealedColumn.Owner {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(new SealedColumn("notifications.sms_provider", List.of("store_id"), "auth_token_sealed",
				row -> SmsProviders.context(new StoreId((UUID) row.get("store_id")))));
	}

}
