package org.aftersale.notifications.templates;

import java.util.Map;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.ComposedMessage;

/**
 * Renders parsed templates into a message: the subject and the text parts with raw
 * values, the HTML body with escaped values and then, for a merchant's template,
 * sanitized, so neither the data nor the template can put a script into an e-mail. Our
 * own default templates hold nothing the sanitizer would remove (a test renders each with
 * hostile data to show it), and sanitizing them cost a sixth of sending an e-mail.
 */
final class MessageRendering {

	static final int MAX_SUBJECT = 200;

	private final LiquidTemplates liquid;

	MessageRendering(LiquidTemplates liquid) {
		this.liquid = liquid;
	}

	/**
	 * @param ours whether the templates are our defaults, which need no sanitizing
	 */
	ComposedMessage render(Map<TemplatePart, LiquidTemplate> templates, Channel channel, MessageFacts facts,
			TemplateTexts texts, boolean ours) {
		Map<String, Object> plain = MessageModel.of(facts, texts, false);
		String text = tidy(liquid.render(templates.get(TemplatePart.TEXT), plain));
		if (channel == Channel.SMS) {
			String sms = text.replaceAll("\\s+", " ").strip();
			return new ComposedMessage(sms.length() > 60 ? sms.substring(0, 60) : sms, null, sms);
		}
		String subject = liquid.render(templates.get(TemplatePart.SUBJECT), plain).replaceAll("\\s+", " ").strip();
		if (subject.length() > MAX_SUBJECT) {
			subject = subject.substring(0, MAX_SUBJECT);
		}
		String body = liquid.render(templates.get(TemplatePart.HTML), MessageModel.escaped(plain));
		return new ComposedMessage(subject, EmailHtml.document(subject, ours ? body : EmailHtml.sanitize(body)), text);
	}

	/** Liquid tags leave blank lines behind: at most one empty line in a row. */
	static String tidy(String text) {
		// Spaces and tabs wait until what follows them shows whether they end a line.
		StringBuilder tidied = new StringBuilder(text.length() + 1);
		int blanksFrom = -1;
		int newlines = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t') {
				if (blanksFrom < 0) {
					blanksFrom = i;
				}
			}
			else if (c == '\n') {
				blanksFrom = -1;
				if (++newlines <= 2) {
					tidied.append('\n');
				}
			}
			else {
				if (blanksFrom >= 0) {
					tidied.append(text, blanksFrom, i);
					blanksFrom = -1;
				}
				tidied.append(c);
				newlines = 0;
			}
		}
		if (blanksFrom >= 0) {
			tidied.append(text, blanksFrom, text.length());
		}
		return tidied.toString().strip() + "\n";
	}

}
