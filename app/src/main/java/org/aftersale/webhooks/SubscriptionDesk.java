package org.aftersale.webhooks;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.aftersale.kernel.FieldProblem;
import org.aftersale.kernel.InvalidInputException;
import org.aftersale.kernel.NotFoundException;
import org.aftersale.kernel.KeysetPage;
import org.aftersale.kernel.PageCursor;
import org.aftersale.kernel.StoreId;
import org.aftersale.platform.OutboundHttp;
import org.aftersale.platform.SecretBox;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a store's webhook subscriptions are made, changed, switched off and removed, and
 * where their signing secrets are issued. A secret leaves this class in plain text only
 * inside a {@link NewSecret}; at rest it is sealed. Another store's subscription is
 * reported as not found.
 */
@Service
@Transactional
public class SubscriptionDesk {

	static final String SECRET_PREFIX = "whsec_";

	static final int MAX_DESCRIPTION = 500;

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private final Subscriptions subscriptions;

	private final SecretBox secrets;

	private final WebhooksSettings settings;

	private final OutboundHttp outbound;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SubscriptionDesk(Subscriptions subscriptions, SecretBox secrets, WebhooksSettings settings, OutboundHttp outbound,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.outbound = outbound;
		this.secrets = secrets;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Subscribes a URL to events, active unless the change says otherwise.
	 * @throws InvalidInputException when the URL, the patterns or the description are not
	 * acceptable; nothing is stored then
	 */
	public NewSecret subscribe(StoreId storeId, SubscriptionChange change) {
		List<FieldProblem> problems = new ArrayList<>();
		if (change.url() == null) {
			problems.add(new FieldProblem("url", "is required"));
		}
		if (change.events() == null) {
			problems.add(new FieldProblem("events", "is required, e.g. [\"order.*\", \"shipment.*\"]"));
		}
		Instant now = now();
		Subscription subscription = validated(new Subscription(SubscriptionId.random(), storeId,
				(change.url() != null) ? change.url() : "", (change.events() != null) ? change.events() : List.of(),
				change.description(), change.active() == null || change.active(), now, now), problems);
		String secret = newSecret();
		subscriptions.insert(subscription, seal(subscription.id(), secret));
		return new NewSecret(subscription, secret);
	}

	/**
	 * Changes the fields the change carries.
	 * @throws NotFoundException when the store has no such subscription
	 * @throws InvalidInputException when a new value is not acceptable
	 */
	public Subscription change(StoreId storeId, SubscriptionId id, SubscriptionChange change) {
		Subscription current = get(storeId, id);
		Subscription changed = validated(
				new Subscription(id, storeId, (change.url() != null) ? change.url() : current.url(),
						(change.events() != null) ? change.events() : current.events(),
						(change.description() != null) ? change.description() : current.description(),
						(change.active() != null) ? change.active() : current.active(), current.createdAt(), now()),
				new ArrayList<>());
		subscriptions.update(changed);
		return changed;
	}

	/**
	 * Replaces the signing secret at once; deliveries from now on are signed with the new
	 * one.
	 * @throws NotFoundException when the store has no such subscription
	 */
	public NewSecret rotateSecret(StoreId storeId, SubscriptionId id) {
		Subscription subscription = get(storeId, id);
		String secret = newSecret();
		subscriptions.replaceSecret(storeId, id, seal(id, secret), now());
		return new NewSecret(subscription, secret);
	}

	/**
	 * Removes the subscription together with its delivery log.
	 * @throws NotFoundException when the store has no such subscription
	 */
	public void unsubscribe(StoreId storeId, SubscriptionId id) {
		if (!subscriptions.delete(storeId, id)) {
			throw new NotFoundException("webhook subscription");
		}
	}

	/**
	 * @throws NotFoundException when the store has no such subscription
	 */
	@Transactional(readOnly = true)
	public Subscription get(StoreId storeId, SubscriptionId id) {
		return subscriptions.find(storeId, id).orElseThrow(() -> new NotFoundException("webhook subscription"));
	}

	/** The store's subscriptions, oldest first. */
	@Transactional(readOnly = true)
	public List<Subscription> list(StoreId storeId) {
		return subscriptions.list(storeId);
	}

	/**
	 * A page of the store's subscriptions, oldest first, as the API lists them.
	 * @throws InvalidInputException for a cursor this server did not issue
	 */
	@Transactional(readOnly = true)
	public KeysetPage<Subscription> page(StoreId storeId, @Nullable String cursor, int limit) {
		PageCursor after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor);
		return KeysetPage.of(subscriptions.page(storeId, after, limit + 1), limit,
				subscription -> new PageCursor(subscription.createdAt(), subscription.id().value()));
	}

	private Subscription validated(Subscription subscription, List<FieldProblem> problems) {
		String url = subscription.url().strip();
		if (!problems.stream().anyMatch(p -> p.field().equals("url"))) {
			ReceiverUrl.problem(url, settings.allowPlainHttp())
				.or(() -> outbound.refusal(java.net.URI.create(url)))
				.ifPresent(p -> problems.add(new FieldProblem("url", p)));
		}
		List<String> events = subscription.events();
		if (!problems.stream().anyMatch(p -> p.field().equals("events"))) {
			try {
				events = EventPattern.parseAll(events);
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		String description = blankToNull(subscription.description());
		if (description != null && description.length() > MAX_DESCRIPTION) {
			problems.add(new FieldProblem("description", "must be at most " + MAX_DESCRIPTION + " characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Subscription(subscription.id(), subscription.storeId(), url, events, description,
				subscription.active(), subscription.createdAt(), subscription.updatedAt());
	}

	private String newSecret() {
		StringBuilder secret = new StringBuilder(SECRET_PREFIX);
		for (int i = 0; i < 32; i++) {
			secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return secret.toString();
	}

	private String seal(SubscriptionId id, String secret) {
		return secrets.seal(secret, secretContext(id));
	}

	static String secretContext(SubscriptionId id) {
		return "webhooks.subscription:" + id;
	}

	private Instant now() {
		// Microseconds, as PostgreSQL keeps them, so what we return equals what we read
		// back later.
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
