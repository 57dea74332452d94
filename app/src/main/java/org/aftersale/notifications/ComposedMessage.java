package org.aftersale.notifications;

import org.jspecify.annotations.Nullable;

/**
 * A rendered message.
 *
 * @param html the HTML part of an e-mail; {@code null} for SMS
 * @param text the plain-text part of an e-mail, or the SMS
 */
public record ComposedMessage(String subject, @Nullable String html, String text) {

}
