package org.aftersale.notifications.web;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.templates.TemplateSources;
import org.jspecify.annotations.Nullable;

/**
 * The editor's fields: for an SMS only {@code text} is used.
 *
 * @param orderNumber the order the preview renders against; the most recent when blank
 */
record TemplateForm(@Nullable String subject, @Nullable String html, @Nullable String text,
		@Nullable String orderNumber) {

	static TemplateForm of(TemplateSources sources, @Nullable String orderNumber) {
		return new TemplateForm(sources.subject(), sources.html(), sources.text(), orderNumber);
	}

	TemplateSources sources(Channel channel) {
		// Browsers send CRLF from a textarea; templates are stored with LF.
		String body = text == null ? "" : text.replace("\r\n", "\n");
		if (channel == Channel.SMS) {
			return new TemplateSources(null, null, body);
		}
		return new TemplateSources(subject == null ? "" : subject.strip(),
				html == null ? "" : html.replace("\r\n", "\n"), body);
	}

}
