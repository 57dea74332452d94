package org.aftersale.notifications.templates;

import org.jspecify.annotations.Nullable;

/**
 * Why a template cannot be used, where the parser could tell.
 *
 * @param line 1-based line of the problem; 0 when it is about the whole template (a
 * render limit, for instance)
 * @param column 1-based column, when known
 */
public record TemplateProblem(int line, @Nullable Integer column, String reason) {

	/** "line 3: ..." as the editor shows it. */
	public String describe() {
		return line > 0 ? "line " + line + ": " + reason : reason;
	}

}
