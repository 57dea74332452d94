package org.aftersale.notifications.templates;

import org.jspecify.annotations.Nullable;

/**
 * The Liquid source of one message's parts.
 *
 * @param subject the e-mail subject; {@code null} for SMS
 * @param html the e-mail's HTML body; {@code null} for SMS
 * @param text the e-mail's plain-text body, or the SMS
 */
public record TemplateSources(@Nullable String subject, @Nullable String html, String text) {

	public @Nullable String part(TemplatePart part) {
		return switch (part) {
			case SUBJECT -> subject;
			case HTML -> html;
			case TEXT -> text;
		};
	}

}
