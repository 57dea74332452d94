package org.aftersale.notifications.templates;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;

import liqp.nodes.LNode;

/**
 * A template compiled once and rendered by many sender threads at the same time. liqp
 * rebuilds a template's node tree from its parse tree on every render, which was most of
 * the cost of rendering an e-mail; we build the tree once and render it directly. A tree
 * keeps a little state of its current render in its nodes (the key of an index look-up),
 * so one tree serves one render at a time: idle trees wait here, and a render that finds
 * none compiles another. There are never more trees than renders that once ran at the
 * same time.
 */
public final class LiquidTemplate {

	private final Supplier<LNode> compiler;

	private final Queue<LNode> idle = new ConcurrentLinkedQueue<>();

	LiquidTemplate(LNode compiled, Supplier<LNode> compiler) {
		this.compiler = compiler;
		this.idle.add(compiled);
	}

	/**
	 * Runs the render on a tree no other thread is using. A tree whose render failed is
	 * dropped: a render that ran out of time may still be running on it.
	 */
	<T> T withTree(Function<LNode, T> render) {
		LNode tree = idle.poll();
		if (tree == null) {
			tree = compiler.get();
		}
		T result = render.apply(tree);
		idle.offer(tree);
		return result;
	}

}
