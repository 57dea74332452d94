package org.aftersale.notifications;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * The installation-wide pace of hand-overs per channel, shared by all senders of this
 * instance, so a burst does not exceed what the SMTP relay or SMS provider accepts. Zero
 * means no limit.
 */
@Component
class SendRate {

	private final Map<Channel, Bucket> buckets = new EnumMap<>(Channel.class);

	SendRate(NotificationsSettings settings) {
		limit(Channel.EMAIL, settings.emailPerSecond());
		limit(Channel.SMS, settings.smsPerSecond());
	}

	private void limit(Channel channel, int perSecond) {
		if (perSecond > 0) {
			buckets.put(channel, Bucket.builder()
				.addLimit(
						Bandwidth.builder().capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
				.build());
		}
	}

	void acquire(Channel channel) {
		Bucket bucket = buckets.get(channel);
		if (bucket == null) {
			return;
		}
		try {
			bucket.asBlocking().consume(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
