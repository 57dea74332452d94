package org.aftersale.notifications.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Trigger;

import org.springframework.web.util.HtmlUtils;

/**
 * The Liquid source a store uses where the merchant has not written their own: one
 * responsive e-mail layout and one plain-text shape shared by every trigger, with a
 * design (the trigger's localized words, or the merchant's from the simple editor)
 * written into it, so that what the advanced editor shows is the very text the merchant
 * may change.
 */
public final class DefaultTemplates {

	private static final String HTML_LAYOUT = read("templates/notifications/email/layout.liquid");

	private static final String TEXT_LAYOUT = read("templates/notifications/email/text.liquid");

	private DefaultTemplates() {
	}

	// A merchant's words go into HTML as text: markup they type is shown, not
	// interpreted, while their Liquid tags stay tags.
	private static final Pattern LIQUID = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);

	public static TemplateSources of(Trigger trigger, Channel channel, TemplateTexts texts) {
		if (channel == Channel.SMS) {
			return new TemplateSources(null, null, texts.trigger(trigger, "sms"));
		}
		return of(design(trigger, texts));
	}

	/** What the simple editor starts from: the trigger's words and every block. */
	public static TemplateDesign design(Trigger trigger, TemplateTexts texts) {
		return new TemplateDesign(texts.trigger(trigger, "subject"), texts.trigger(trigger, "heading"),
				texts.trigger(trigger, "intro"), "{{ t.track_button }}", "{{ t.questions }}",
				EnumSet.allOf(TemplateDesign.Block.class));
	}

	/** The e-mail's Liquid sources, the design written into the layouts. */
	public static TemplateSources of(TemplateDesign design) {
		return new TemplateSources(design.subject(), fill(HTML_LAYOUT, design, true), fill(TEXT_LAYOUT, design, false));
	}

	private static String fill(String layout, TemplateDesign design, boolean html) {
		String filled = layout;
		for (TemplateDesign.Block block : TemplateDesign.Block.values()) {
			String open = "[[#" + block.marker() + "]]";
			String close = "[[/" + block.marker() + "]]";
			if (design.shows(block)) {
				filled = filled.replace(open, "").replace(close, "");
			}
			else {
				filled = Pattern.compile(Pattern.quote(open) + ".*?" + Pattern.quote(close), Pattern.DOTALL)
					.matcher(filled)
					.replaceAll("");
			}
		}
		return filled.replace("[[heading]]", words(design.heading(), html))
			.replace("[[intro]]", words(design.intro(), html))
			.replace("[[button]]", words(design.button(), html))
			.replace("[[footer]]", words(design.footer(), html));
	}

	private static String words(String text, boolean html) {
		if (!html) {
			return text;
		}
		StringBuilder escaped = new StringBuilder();
		Matcher tags = LIQUID.matcher(text);
		int at = 0;
		while (tags.find()) {
			escaped.append(HtmlUtils.htmlEscape(text.substring(at, tags.start()), "UTF-8")).append(tags.group());
			at = tags.end();
		}
		return escaped.append(HtmlUtils.htmlEscape(text.substring(at), "UTF-8")).toString().replace("\n", "<br>");
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
