package org.aftersale.integrations.shopify;

import java.util.List;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.platform.SealedColumn;

import org.springframework.stereotype.Component;

/** The shops' webhook secrets and access tokens, for sealing again under a new key. */
@Component
class SealedShopifyCredentials implements SealedColumn.Owner {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(
				new SealedColumn("integrations.shopify_connection", List.of("store_id"), "webhook_secret_enc",
						row -> ShopifyConnection.secretContext(new StoreId((UUID) row.get("store_id")))),
				new SealedColumn("integrations.shopify_connection", List.of("store_id"), "access_token_enc",
						row -> ShopifyConnection.tokenContext(new StoreId((UUID) row.get("store_id")))));
	}

}
