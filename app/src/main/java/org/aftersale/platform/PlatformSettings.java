package org.aftersale.platform;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings every capability shares, bound from {@code AFTERSALE_*} environment variables
 * (see API.md).
 *
 * @param dataDir where the embedded database and the first-start credentials live
 * @param publicUrl base URL used in e-mails and signed links; defaults to
 * {@code http://localhost:<port>}
 * @param demo seed a demo store on an empty database
 * @param maxBodySize largest JSON body accepted on the API and webhooks
 * @param maxUploadSize largest CSV upload accepted
 */
@ConfigurationProperties("aftersale")
public record PlatformSettings(@DefaultValue("./aftersale-data") Path dataDir, @Nullable String publicUrl,
		@DefaultValue("false") boolean demo, @DefaultValue("1MB") DataSize maxBodySize,
		@DefaultValue("20MB") DataSize maxUploadSize) {

}
