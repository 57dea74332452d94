package org.aftersale.notifications.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Trigger;

/**
 * The Liquid source a store uses where the merchant has not written their own: one
 * responsive e-mail layout and one plain-text shape shared by every trigger, with the
 * trigger's localized heading and intro written into it, so that what the editor shows is
 * the very text the merchant may change.
 */
public final class DefaultTemplates {

	private static final String HTML_LAYOUT = read("templates/notifications/email/layout.liquid");

	private static final String TEXT_LAYOUT = read("templates/notifications/email/text.liquid");

	private DefaultTemplates() {
	}

	public static TemplateSources of(Trigger trigger, Channel channel, TemplateTexts texts) {
		if (channel == Channel.SMS) {
			return new TemplateSources(null, null, texts.trigger(trigger, "sms"));
		}
		return new TemplateSources(texts.trigger(trigger, "subject"), fill(HTML_LAYOUT, trigger, texts),
				fill(TEXT_LAYOUT, trigger, texts));
	}

	private static String fill(String layout, Trigger trigger, TemplateTexts texts) {
		return layout.replace("[[heading]]", texts.trigger(trigger, "heading"))
			.replace("[[intro]]", texts.trigger(trigger, "intro"));
	}

	private static String read(String resource) {
		try (InputStream in = DefaultTemplates.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
