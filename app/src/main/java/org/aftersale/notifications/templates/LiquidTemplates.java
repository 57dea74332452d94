package org.aftersale.notifications.templates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.exceptions.ExceededMaxIterationsException;
import liqp.exceptions.LiquidException;
import liqp.nodes.LNode;
import liqp.parser.v4.NodeVisitor;
import liqp.spi.BasicTypesSupport;

/**
 * Parses and renders Liquid the way a merchant's template may run: no file includes, no
 * access to Java objects beyond the maps and lists of the data model, and limits on size,
 * loop iterations, output and time, so that a careless or hostile template cannot hold a
 * sender thread or fill its memory.
 */
public final class LiquidTemplates {

	/** The largest template source we accept (a rich e-mail is about 8 kB). */
	public static final int MAX_SOURCE_BYTES = 64 * 1024;

	private static final Pattern LINE = Pattern.compile("line (\\d+), index (\\d+)");

	private final TemplateParser parser;

	private final long maxRenderMillis;

	// The render time limit is enforced by rendering on another thread, as liqp does.
	// Left to itself liqp starts a new thread for every render (three per e-mail): one
	// shared pool instead.
	private static final ExecutorService RENDERERS = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "liquid-render");
		thread.setDaemon(true);
		return thread;
	});

	public LiquidTemplates() {
		this(2_000, 1_000, 512 * 1024);
	}

	LiquidTemplates(long maxRenderMillis, int maxIterations, int maxOutputChars) {
		this.maxRenderMillis = maxRenderMillis;
		this.parser = new TemplateParser.Builder().withErrorMode(TemplateParser.ErrorMode.STRICT)
			.withMaxRenderTimeMillis(maxRenderMillis)
			.withMaxIterations(maxIterations)
			.withMaxSizeRenderedString(maxOutputChars)
			.withMaxTemplateSizeBytes(MAX_SOURCE_BYTES)
			// A variable doubled in a loop would outgrow the memory long before the
			// output limit or the time limit noticed.
			.withTag(new BoundedVariables.Assign(maxOutputChars))
			.withBlock(new BoundedVariables.Capture(maxOutputChars))
			// {% include %} would read files of the server: no template reads anything.
			.withNameResolver(name -> {
				throw new IOException("includes are not available in message templates");
			})
			.build();
	}

	/**
	 * @throws InvalidTemplateException with the line of the first problem
	 */
	public LiquidTemplate parse(String source) {
		if (source.getBytes(StandardCharsets.UTF_8).length > MAX_SOURCE_BYTES) {
			throw new InvalidTemplateException(
					new TemplateProblem(0, null, "the template is longer than " + MAX_SOURCE_BYTES / 1024 + " kB"));
		}
		return new LiquidTemplate(compiled(source), () -> compiled(source));
	}

	private LNode compiled(String source) {
		try {
			Template template = parser.parse(source);
			if (!template.errors().isEmpty()) {
				throw problem(template.errors().get(0));
			}
			return (LNode) new NodeVisitor(parser.insertions, parser.filters, parser.liquidStyleInclude)
				.visit(template.getParseTree());
		}
		catch (InvalidTemplateException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw problem(ex);
		}
	}

	/**
	 * Renders with the data model; a broken limit or a runtime error (a filter on the
	 * wrong type, an include) becomes an {@link InvalidTemplateException}.
	 */
	public String render(LiquidTemplate template, Map<String, Object> model) {
		try {
			return template.withTree(tree -> renderInTime(tree, model));
		}
		catch (InvalidTemplateException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw problem(ex);
		}
	}

	private String renderInTime(LNode tree, Map<String, Object> model) {
		Future<String> render = RENDERERS.submit(() -> renderNow(tree, model));
		try {
			return render.get(maxRenderMillis, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			render.cancel(true);
			throw problem(ex);
		}
		catch (ExecutionException ex) {
			throw problem(ex.getCause());
		}
		catch (InterruptedException ex) {
			render.cancel(true);
			Thread.currentThread().interrupt();
			throw problem(ex);
		}
	}

	// What liqp's own render does after building the tree: the same variables, context
	// and output, so a template renders here exactly as it does in liqp.
	private String renderNow(LNode tree, Map<String, Object> model) {
		BasicTypesSupport.clearReferences();
		TemplateContext context = new TemplateContext(parser, parser.evaluate(parser.mapper, model));
		Object rendered = parser.getRenderTransformer().transformObject(context, tree.render(context));
		return rendered == null ? "" : String.valueOf(rendered);
	}

	static InvalidTemplateException problem(Throwable error) {
		Throwable cause = error;
		// liqp wraps render failures in an "Oops" RuntimeException around an
		// ExecutionException: the innermost cause says what went wrong.
		while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof LiquidException)) {
			cause = cause.getCause();
		}
		if (cause instanceof ExceededMaxIterationsException) {
			return new InvalidTemplateException(new TemplateProblem(0, null, "the template loops too often"));
		}
		if (cause instanceof TimeoutException) {
			return new InvalidTemplateException(new TemplateProblem(0, null, "the template takes too long to render"));
		}
		String message = String.valueOf(cause.getMessage());
		if (message.contains("exceeded") && message.contains("Size") || message.startsWith("rendered string exceeds")) {
			return new InvalidTemplateException(new TemplateProblem(0, null, "the message would be too long"));
		}
		Matcher position = LINE.matcher(message);
		if (cause instanceof LiquidException liquid && liquid.line > 0) {
			return new InvalidTemplateException(
					new TemplateProblem(liquid.line, liquid.charPositionInLine + 1, reason(message)));
		}
		if (position.find()) {
			return new InvalidTemplateException(new TemplateProblem(Integer.parseInt(position.group(1)),
					Integer.parseInt(position.group(2)) + 1, reason(message)));
		}
		return new InvalidTemplateException(new TemplateProblem(0, null, reason(message)));
	}

	/**
	 * The parser's words without its own position and prefixes, which the editor shows.
	 */
	static String reason(String message) {
		String text = message.strip();
		int newline = text.indexOf('\n');
		text = newline > 0 ? text.substring(0, newline) : text;
		text = text.replaceFirst("^parser error ", "")
			.replaceFirst("\\s*on line \\d+, index \\d+$", "")
			.replaceFirst("^error on line \\d+, index \\d+:\\s*", "");
		if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1) {
			text = text.substring(1, text.length() - 1);
		}
		return text.isBlank() ? "the template cannot be used" : text;
	}

}
