package org.aftersale.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;

import org.aftersale.platform.SecretBox;
import org.aftersale.webhooks.DueDeliveries.Claim;
import org.aftersale.webhooks.DueDeliveries.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sending engine: each run claims a batch of due deliveries, posts them all at once
 * (a slow receiver holds up only its own requests, up to the timeout), and records every
 * outcome with the next attempt's time from {@link RetryBackoff}. Nothing is sent inside
 * a database transaction.
 */
@Component
class WebhookDeliverer {

	private static final Logger log = LoggerFactory.getLogger(WebhookDeliverer.class);

	private final DueDeliveries due;

	private final WebhookSender sender;

	private final SecretBox secrets;

	private final WebhooksSettings settings;

	private final RetryBackoff backoff;

	private final Clock clock;

	WebhookDeliverer(DueDeliveries due, WebhookSender sender, SecretBox secrets, WebhooksSettings settings,
			Clock clock) {
		this.due = due;
		this.sender = sender;
		this.secrets = secrets;
		this.settings = settings;
		this.backoff = new RetryBackoff(settings, RandomGenerator.getDefault());
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${aftersale.webhooks.interval:PT1S}", initialDelayString = "PT2S")
	void scheduled() {
		if (settings.enabled()) {
			deliverDue();
		}
	}

	/** One run; answers how many deliveries it attempted. */
	int deliverDue() {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Claim> claims = due.claim(now, settings.claimSize(), now.plus(settings.lease()));
		List<CompletableFuture<Void>> sends = claims.stream()
			.map(claim -> send(claim).thenAccept(outcome -> record(claim, outcome)))
			.toList();
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
		return claims.size();
	}

	private CompletableFuture<Outcome> send(Claim claim) {
		String secret;
		try {
			secret = secrets.open(claim.sealedSecret(), SubscriptionDesk.secretContext(claim.subscriptionId()));
		}
		catch (IllegalStateException ex) {
			return CompletableFuture.completedFuture(new Outcome(clock.instant().truncatedTo(ChronoUnit.MICROS), null,
					null, "cannot open the signing secret; rotate it", 0));
		}
		return sender.send(claim.url(), secret, claim.eventType(), claim.id(), claim.payload());
	}

	private void record(Claim claim, Outcome outcome) {
		try {
			Instant retryAt = outcome.succeeded() ? null
					: backoff.after(claim.attempts() + 1 - claim.roundStart())
						.map(wait -> outcome.at().plus(wait).truncatedTo(ChronoUnit.MICROS))
						.orElse(null);
			due.record(claim, outcome, retryAt);
			if (!outcome.succeeded()) {
				log.info("Webhook delivery {} ({}) failed: {}{}", claim.id(), claim.eventType(),
						(outcome.statusCode() != null) ? "HTTP " + outcome.statusCode() : outcome.error(),
						(retryAt != null) ? ", next attempt at " + retryAt : ", giving up");
			}
		}
		catch (RuntimeException ex) {
			// The lease brings the delivery back, so nothing is lost; the receiver may
			// see
			// it twice and recognises it by X-Aftersale-Delivery.
			log.warn("Could not record the outcome of webhook delivery {}", claim.id(), ex);
		}
	}

}
