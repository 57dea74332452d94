package org.aftersale.notifications.templates;

import java.util.EnumSet;
import java.util.Set;

/**
 * An e-mail as the simple editor makes it: the words (each may use Liquid, such as
 * {@code {{ order.number }}}) and which blocks of the store's layout show. The HTML and
 * plain text are generated from it with the layout, so a merchant who never touches HTML
 * still gets every later improvement of the layout.
 */
public record TemplateDesign(String subject, String heading, String intro, String button, String footer,
		Set<Block> blocks) {

	/** The parts of the layout a merchant may leave out. */
	public enum Block {

		SHIPMENTS("Parcels and their status"), ITEMS("Items ordered"), TOTALS("Totals"), ADDRESS("Shipping address");

		private final String label;

		Block(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		String marker() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public TemplateDesign {
		subject = subject == null ? "" : subject.strip();
		heading = heading == null ? "" : heading.strip();
		intro = intro == null ? "" : intro.strip();
		button = button == null ? "" : button.strip();
		footer = footer == null ? "" : footer.strip();
		blocks = blocks == null || blocks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(blocks));
	}

	public boolean shows(Block block) {
		return blocks.contains(block);
	}

}
