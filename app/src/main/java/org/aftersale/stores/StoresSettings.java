package org.aftersale.stores;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param firstStoreName name of the store created on the first start
 * @param firstStoreSlug slug of the store created on the first start
 * @param mailFrom sender of the e-mails to staff (team invitations)
 */
@ConfigurationProperties("aftersale.stores")
record StoresSettings(@DefaultValue("My Store") String firstStoreName, @DefaultValue("my-store") String firstStoreSlug,
		@DefaultValue("notifications@aftersale.localhost") String mailFrom) {

}
