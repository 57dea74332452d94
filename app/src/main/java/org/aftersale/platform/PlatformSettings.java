package org.aftersale.platform;

import java.nio.file.Path;
import java.util.List;

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
 * @param maxBulkBodySize largest JSON body accepted on the bulk endpoints
 * @param bulkPaths path prefixes of the bulk endpoints (e.g. 10,000 tracking events in
 * one request), which get {@code maxBulkBodySize} instead of {@code maxBodySize}
 * @param encryptionKey base64 of the 32-byte key that sealed credentials before the
 * keyset came in (values it sealed keep opening until sealed again); when empty,
 * {@code <data dir>/encryption.key} if it exists
 * @param encryptionKeyset Tink keyset (JSON) that seals credentials and secrets at rest;
 * when empty, one is generated once into {@code <data dir>/encryption-keyset.json}
 * @param trustedProxies reverse proxies (addresses or CIDR blocks) whose
 * {@code X-Forwarded-For} names the client; none by default
 * @param metricsToken the bearer token a scraper sends for {@code /actuator/prometheus};
 * without one, metrics are served only on a separate management port
 */
@ConfigurationProperties("aftersale")
public record PlatformSettings(@DefaultValue("./aftersale-data") Path dataDir, @Nullable String publicUrl,
		@DefaultValue("false") boolean demo, @DefaultValue("1MB") DataSize maxBodySize,
		@DefaultValue("20MB") DataSize maxUploadSize, @DefaultValue("8MB") DataSize maxBulkBodySize, @DefaultValue( {
				"/api/v1/tracking-events", "/webhooks/tracking/" }) List<String> bulkPaths,
		@Nullable String encryptionKey, @Nullable String encryptionKeyset,
		@DefaultValue({}) List<String> trustedProxies, @Nullable String metricsToken){

}
