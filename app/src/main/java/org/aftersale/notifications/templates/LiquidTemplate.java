package org.aftersale.notifications.templates;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import liqp.Template;

/**
 * A template parsed once and rendered by many sender threads at the same time. A parsed
 * liqp template keeps the context of its current render in its own fields, so a copy
 * serves one render at a time: idle copies wait here, and a render that finds none parses
 * another. There are never more copies than renders that once ran at the same time;
 * before, the senders queued for the one copy, and rendering was most of their work.
 */
public final class LiquidTemplate {

	private final String source;

	private final Function<String, Template> parser;

	private final Queue<Template> idle = new ConcurrentLinkedQueue<>();

	LiquidTemplate(String source, Template parsed, Function<String, Template> parser) {
		this.source = source;
		this.parser = parser;
		this.idle.add(parsed);
	}

	/**
	 * Runs the render on a copy no other thread is using. A copy whose render failed is
	 * dropped: a render that ran out of time may still be running on it.
	 */
	<T> T withCopy(Function<Template, T> render) {
		Template copy = idle.poll();
		if (copy == null) {
			copy = parser.apply(source);
		}
		T result = render.apply(copy);
		idle.offer(copy);
		return result;
	}

}
