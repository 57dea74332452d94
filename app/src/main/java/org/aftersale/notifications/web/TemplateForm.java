package org.aftersale.notifications.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.aftersale.notifications.Channel;
import org.aftersale.notifications.templates.DefaultTemplates;
import org.aftersale.notifications.templates.TemplateDesign;
import org.aftersale.notifications.templates.TemplateSources;
import org.jspecify.annotations.Nullable;

/**
 * The editor's fields. In the simple mode of an e-mail the words and blocks make the
 * message; in the advanced mode (and for an SMS, where only {@code text} is used) the
 * Liquid sources do.
 *
 * @param mode {@code simple} or {@code advanced}
 * @param blocks the names of the layout's blocks to show, see
 * {@link TemplateDesign.Block}
 * @param orderNumber the order the preview renders against; the most recent when blank
 */
record TemplateForm(@Nullable String mode, @Nullable String subject, @Nullable String html, @Nullable String text,
		@Nullable String heading, @Nullable String intro, @Nullable String button, @Nullable String footer,
		@Nullable List<String> blocks, @Nullable String orderNumber) {

	static final String SIMPLE = "simple";

	static final String ADVANCED = "advanced";

	static TemplateForm of(TemplateSources sources, @Nullable String orderNumber) {
		return new TemplateForm(ADVANCED, sources.subject(), sources.html(), sources.text(), null, null, null, null,
				null, orderNumber);
	}

	static TemplateForm of(TemplateDesign design, @Nullable String orderNumber) {
		return new TemplateForm(SIMPLE, design.subject(), null, null, design.heading(), design.intro(), design.button(),
				design.footer(), design.blocks().stream().map(Enum::name).toList(), orderNumber);
	}

	boolean simple(Channel channel) {
		return channel == Channel.EMAIL && SIMPLE.equals(mode);
	}

	boolean shows(String block) {
		return blocks != null && blocks.contains(block);
	}

	TemplateDesign design() {
		Set<TemplateDesign.Block> shown = EnumSet.noneOf(TemplateDesign.Block.class);
		for (TemplateDesign.Block block : TemplateDesign.Block.values()) {
			if (shows(block.name())) {
				shown.add(block);
			}
		}
		return new TemplateDesign(oneLine(subject), oneLine(heading), lf(intro), oneLine(button), lf(footer), shown);
	}

	TemplateSources sources(Channel channel) {
		if (simple(channel)) {
			return DefaultTemplates.of(design());
		}
		// Browsers send CRLF from a textarea; templates are stored with LF.
		String body = lf(text);
		if (channel == Channel.SMS) {
			return new TemplateSources(null, null, body);
		}
		return new TemplateSources(subject == null ? "" : subject.strip(), lf(html), body);
	}

	private static String lf(@Nullable String value) {
		return value == null ? "" : value.replace("\r\n", "\n");
	}

	private static String oneLine(@Nullable String value) {
		return value == null ? "" : value.replaceAll("[\r\n]+", " ").strip();
	}

}
