package org.aftersale.notifications.templates;

import java.util.List;

import org.aftersale.notifications.Channel;

/**
 * The separately edited pieces of a message: an e-mail has a subject, an HTML body and a
 * plain-text body; an SMS has only its text.
 */
public enum TemplatePart {

	SUBJECT, HTML, TEXT;

	public static List<TemplatePart> of(Channel channel) {
		return channel == Channel.EMAIL ? List.of(SUBJECT, HTML, TEXT) : List.of(TEXT);
	}

}
