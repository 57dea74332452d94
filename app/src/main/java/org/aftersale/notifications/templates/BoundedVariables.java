package org.aftersale.notifications.templates;

import java.util.Collection;
import java.util.Map;

import liqp.TemplateContext;
import liqp.exceptions.LiquidException;
import liqp.nodes.LNode;

/**
 * Liquid's {@code assign} and {@code capture} with a ceiling on what a variable may hold.
 * liqp limits the rendered output and the loop iterations, but a string or a list that
 * doubles on each of a thousand iterations never reaches the output: it fills the memory
 * first. A value larger than the output may be is refused as soon as it is assigned.
 */
final class BoundedVariables {

	private BoundedVariables() {
	}

	static final class Assign extends liqp.tags.Assign {

		private final int maxSize;

		Assign(int maxSize) {
			this.maxSize = maxSize;
		}

		@Override
		public Object render(TemplateContext context, LNode... nodes) {
			Object result = super.render(context, nodes);
			check(context, String.valueOf(nodes[0].render(context)), maxSize);
			return result;
		}

	}

	static final class Capture extends liqp.blocks.Capture {

		private final int maxSize;

		Capture(int maxSize) {
			this.maxSize = maxSize;
		}

		@Override
		public Object render(TemplateContext context, LNode... nodes) {
			Object result = super.render(context, nodes);
			check(context, String.valueOf(nodes[0].render(context)), maxSize);
			return result;
		}

	}

	private static void check(TemplateContext context, String name, int maxSize) {
		if (sizeOf(context.get(name)) > maxSize) {
			throw new LiquidException("the variable '" + name + "' would hold more than " + maxSize + " characters", 0,
					0, null);
		}
	}

	private static long sizeOf(Object value) {
		if (value instanceof CharSequence text) {
			return text.length();
		}
		if (value instanceof Collection<?> items) {
			return items.size();
		}
		if (value instanceof Object[] items) {
			return items.length;
		}
		if (value instanceof Map<?, ?> entries) {
			return entries.size();
		}
		return 0;
	}

}
