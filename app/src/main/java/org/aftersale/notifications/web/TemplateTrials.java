package org.aftersale.notifications.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.ComposedMessage;
import org.aftersale.notifications.MessageChannel;
import org.aftersale.notifications.MessagingPolicies;
import org.aftersale.notifications.MessagingPolicy;
import org.aftersale.notifications.NotificationsSettings;
import org.aftersale.notifications.OutgoingMessage;
import org.aftersale.notifications.Purpose;
import org.aftersale.notifications.SendOutcome;
import org.aftersale.notifications.templates.InvalidTemplateException;
import org.aftersale.notifications.templates.MessageFacts;
import org.aftersale.notifications.templates.MessageFactsReader;
import org.aftersale.notifications.templates.MessageTemplates;
import org.aftersale.notifications.templates.TemplatePart;
import org.aftersale.notifications.templates.TemplateProblem;
import org.aftersale.notifications.templates.TemplateSources;
import org.aftersale.orders.OrderId;
import org.aftersale.platform.PublicUrl;
import org.aftersale.stores.StoreDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Tries a template out without saving it: renders it against a real order of the store
 * for the preview, and sends it to the staff member right away, past the outbox, as a
 * test.
 */
@Component
class TemplateTrials {

	/** The outcome of a test message, in the words the editor shows. */
	record Sent(boolean ok, String message) {
	}

	private final MessageTemplates templates;

	private final MessageFactsReader facts;

	private final Optional<MessageChannel> email;

	private final MessagingPolicies policies;

	private final NotificationsSettings settings;

	private final StoreDirectory stores;

	private final PublicUrl publicUrl;

	TemplateTrials(MessageTemplates templates, MessageFactsReader facts, List<MessageChannel> channels,
			MessagingPolicies policies, NotificationsSettings settings, StoreDirectory stores, PublicUrl publicUrl) {
		this.templates = templates;
		this.facts = facts;
		this.email = channels.stream().filter(c -> c.channel() == Channel.EMAIL).findFirst();
		this.policies = policies;
		this.settings = settings;
		this.stores = stores;
		this.publicUrl = publicUrl;
	}

	TemplatePreview preview(StoreId storeId, TemplateRef ref, TemplateSources sources, @Nullable String number) {
		List<String> problems = problems(sources, ref.channel());
		if (!problems.isEmpty()) {
			return TemplatePreview.problems(problems);
		}
		Optional<OrderId> orderId = facts.sampleOrder(storeId, number);
		if (orderId.isEmpty()) {
			return TemplatePreview.notice(number == null || number.isBlank()
					? "The preview needs an order: once the store has one, it shows here with the real data."
					: "There is no order " + number.strip() + " in this store.");
		}
		try {
			MessageFacts read = read(storeId, ref, orderId.get());
			ComposedMessage message = templates.render(sources, ref.channel(), ref.language(), read);
			return new TemplatePreview(read.order().number(), message.subject(), message.html(), message.text(),
					List.of(), null);
		}
		catch (InvalidTemplateException ex) {
			return TemplatePreview.problems(List.of(ex.problem().describe()));
		}
	}

	Sent sendTest(StoreId storeId, TemplateRef ref, TemplateSources sources, @Nullable String number, String to) {
		if (email.isEmpty() || !email.get().availableFor(storeId)) {
			return new Sent(false, "No SMTP server is configured, so no e-mail can be sent. Set SPRING_MAIL_HOST "
					+ "(and SPRING_MAIL_PORT) and restart Aftersale.");
		}
		TemplatePreview preview = preview(storeId, ref, sources, number);
		if (preview.subject() == null) {
			return new Sent(false, preview.notice() != null ? preview.notice()
					: "The template has problems: " + String.join("; ", preview.problems()));
		}
		MessagingPolicy policy = policies.of(storeId);
		OutgoingMessage.Sender sender = new OutgoingMessage.Sender(
				policy.senderName() == null ? stores.get(storeId).name() : policy.senderName(),
				policy.fromAddress() == null ? settings.mailFrom() : policy.fromAddress(), policy.replyTo());
		String subject = ref.channel() == Channel.SMS ? "[Test SMS] " + preview.text() : "[Test] " + preview.subject();
		OutgoingMessage message = new OutgoingMessage(UUID.randomUUID(), storeId, to, sender, subject, preview.html(),
				String.valueOf(preview.text()), Map.of("X-Aftersale-Test", ref.trigger().wireName()));
		SendOutcome outcome;
		try (MessageChannel.Handover handover = email.get().open()) {
			outcome = handover.send(message);
		}
		if (outcome instanceof SendOutcome.Accepted) {
			return new Sent(true, "Test sent to " + to + ".");
		}
		String reason = outcome instanceof SendOutcome.Retry retry ? retry.reason()
				: ((SendOutcome.Rejected) outcome).reason();
		return new Sent(false, "The SMTP server did not take the test message: " + reason);
	}

	List<String> problems(TemplateSources sources, Channel channel) {
		List<String> problems = new ArrayList<>();
		for (Map.Entry<TemplatePart, TemplateProblem> problem : templates.check(sources, channel).entrySet()) {
			problems.add(partLabel(problem.getKey(), channel) + ", " + problem.getValue().describe());
		}
		return problems;
	}

	static String partLabel(TemplatePart part, Channel channel) {
		return switch (part) {
			case SUBJECT -> "Subject";
			case HTML -> "HTML body";
			case TEXT -> channel == Channel.SMS ? "SMS" : "Text body";
		};
	}

	private MessageFacts read(StoreId storeId, TemplateRef ref, OrderId orderId) {
		List<UUID> shipments = ref.trigger().aboutShipment()
				? facts.shipmentsOf(storeId, orderId).stream().limit(1).toList() : List.of();
		String unsubscribe = ref.trigger().purpose() == Purpose.MARKETING ? publicUrl.resolve("/unsubscribe/preview")
				: null;
		return facts.read(storeId, ref.channel(), orderId, shipments, unsubscribe);
	}

}
