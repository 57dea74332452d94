package org.aftersale.notifications.web;

import java.util.Locale;
import java.util.Optional;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Trigger;
import org.aftersale.notifications.templates.TemplateLanguage;

/**
 * Which template a page is about, as its URL names it:
 * {@code /admin/notifications/templates/shipped/sms/pt-BR}.
 */
record TemplateRef(Trigger trigger, Channel channel, Locale language) {

	static Optional<TemplateRef> parse(String trigger, String channel, String language) {
		Optional<Trigger> t = Trigger.fromWireName(trigger);
		Optional<Channel> c = Channel.fromWireName(channel);
		Optional<Locale> l = TemplateLanguage.SUPPORTED.stream()
			.filter(locale -> locale.toLanguageTag().equalsIgnoreCase(language))
			.findFirst();
		if (t.isEmpty() || c.isEmpty() || l.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new TemplateRef(t.get(), c.get(), l.get()));
	}

	public String path() {
		return "/admin/notifications/templates/" + trigger.wireName() + "/" + channel.wireName() + "/"
				+ language.toLanguageTag();
	}

	public String triggerLabel() {
		return label(trigger);
	}

	public String channelLabel() {
		return channel == Channel.EMAIL ? "E-mail" : "SMS";
	}

	public String languageLabel() {
		return TemplateLanguage.label(language);
	}

	static String label(Trigger trigger) {
		String words = trigger.wireName().replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
