package org.aftersale.notifications.sms;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.MessageChannel;
import org.aftersale.notifications.NotificationsSettings;
import org.aftersale.platform.OutboundHttp;
import org.aftersale.platform.PublicUrl;
import org.aftersale.stores.StoreDirectory;

import org.springframework.stereotype.Component;

/**
 * SMS through each store's own provider account. Available only to stores that set one
 * up, so without it no SMS is planned. One HTTP client (and its connection pool) serves
 * every hand-over. Besides the installation-wide pace of the channel, each provider
 * account gets its own, since that is what the provider limits: several stores on one
 * instance must not use up one store's allowance.
 */
@Component
class SmsChannel implements MessageChannel {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final SmsProviders providers;

	private final StoreDirectory stores;

	private final PublicUrl publicUrl;

	private final int perSecond;

	private final OutboundHttp http;

	private final Cache<String, Bucket> accountRates = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	SmsChannel(SmsProviders providers, StoreDirectory stores, PublicUrl publicUrl, NotificationsSettings settings,
			OutboundHttp http) {
		this.providers = providers;
		this.http = http;
		this.stores = stores;
		this.publicUrl = publicUrl;
		this.perSecond = settings.smsPerSecond();
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public boolean availableFor(StoreId storeId) {
		return providers.find(storeId).isPresent();
	}

	@Override
	public Handover open() {
		return new TwilioHandover(http, providers, this::statusCallback, this::pace);
	}

	String statusCallback(StoreId storeId) {
		return publicUrl.resolve("/webhooks/sms/" + stores.get(storeId).slug() + "/status");
	}

	void pace(String accountSid) {
		if (perSecond <= 0) {
			return;
		}
		Bucket bucket = accountRates.get(accountSid, sid -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
			.build());
		try {
			bucket.asBlocking().consume(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
