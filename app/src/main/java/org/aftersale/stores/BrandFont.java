package org.aftersale.stores;

/**
 * The typefaces a merchant can choose for their pages and e-mails: local font stacks
 * only, so the page loads nothing from font hosts and shoppers' addresses are not shared
 * with them.
 */
public enum BrandFont {

	SYSTEM("System (default)", "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif"),
	SERIF("Serif", "Georgia, Cambria, \"Times New Roman\", serif"),
	ROUNDED("Rounded", "ui-rounded, \"SF Pro Rounded\", \"Nunito\", \"Varela Round\", system-ui, sans-serif"),
	HUMANIST("Humanist", "\"Gill Sans\", \"Trebuchet MS\", Calibri, sans-serif"),
	MONOSPACE("Monospace", "ui-monospace, \"SFMono-Regular\", Menlo, Consolas, monospace");

	private final String label;

	private final String stack;

	BrandFont(String label, String stack) {
		this.label = label;
		this.stack = stack;
	}

	public String label() {
		return label;
	}

	/** A CSS font-family value made only of constants, safe to put in a style element. */
	public String stack() {
		return stack;
	}

}
