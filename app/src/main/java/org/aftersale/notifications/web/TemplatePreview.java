package org.aftersale.notifications.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the editor's preview shows: the rendered message, or why there is none.
 *
 * @param orderNumber the order rendered against
 * @param html the e-mail for the sandboxed frame
 * @param problems "Subject, line 1: ..." for each part that has a problem
 * @param notice why nothing could be rendered (no order yet, ...)
 */
record TemplatePreview(@Nullable String orderNumber, @Nullable String subject, @Nullable String html,
		@Nullable String text, List<String> problems, @Nullable String notice) {

	static TemplatePreview notice(String notice) {
		return new TemplatePreview(null, null, null, null, List.of(), notice);
	}

	static TemplatePreview problems(List<String> problems) {
		return new TemplatePreview(null, null, null, null, problems, null);
	}

}
