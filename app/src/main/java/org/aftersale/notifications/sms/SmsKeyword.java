package org.aftersale.notifications.sms;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words carriers and regulators (CTIA, the TCPA) expect a sender to honour when a
 * shopper texts them back: the whole message, in any case, around spaces.
 */
enum SmsKeyword {

	STOP(Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT")),

	START(Set.of("START", "UNSTOP", "YES")),

	HELP(Set.of("HELP", "INFO"));

	private final Set<String> words;

	SmsKeyword(Set<String> words) {
		this.words = words;
	}

	static Optional<SmsKeyword> of(String text) {
		String word = text.strip().toUpperCase(Locale.ROOT);
		for (SmsKeyword keyword : values()) {
			if (keyword.words.contains(word)) {
				return Optional.of(keyword);
			}
		}
		return Optional.empty();
	}

}
