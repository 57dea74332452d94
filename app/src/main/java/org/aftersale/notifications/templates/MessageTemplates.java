package org.aftersale.notifications.templates;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.ComposedMessage;
import org.aftersale.notifications.Trigger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each store's templates per trigger, channel and language: the merchant's own where they
 * wrote one, the default otherwise. Parsed templates are kept in memory, since every
 * message renders one; saving or resetting drops the entry at once, and entries expire
 * after a few minutes for changes made on another instance.
 */
@Component
public class MessageTemplates {

	private static final Logger log = LoggerFactory.getLogger(MessageTemplates.class);

	private record Key(StoreId storeId, Trigger trigger, Channel channel, Locale language) {
	}

	private record DefaultKey(Trigger trigger, Channel channel, Locale language) {
	}

	/** A template's parts, and whether they are our defaults rather than a merchant's. */
	private record Parsed(Map<TemplatePart, LiquidTemplate> parts, boolean ours) {
	}

	private final StoredTemplates stored;

	private final MessageSource messages;

	private final Clock clock;

	private final Map<Locale, TemplateTexts> texts = new java.util.concurrent.ConcurrentHashMap<>();

	private final LiquidTemplates liquid = new LiquidTemplates();

	private final MessageRendering rendering = new MessageRendering(liquid);

	private final Cache<Key, Parsed> parsed = Caffeine.newBuilder()
		.maximumSize(20_000)
		.expireAfterWrite(Duration.ofMinutes(5))
		.build();

	// Most stores never edit most templates: their entries share one parsed default.
	private final Cache<DefaultKey, Parsed> parsedDefaults = Caffeine.newBuilder().build();

	MessageTemplates(StoredTemplates stored, MessageSource messages, Clock clock) {
		this.stored = stored;
		this.messages = messages;
		this.clock = clock;
	}

	public TemplateTexts texts(Locale language) {
		return texts.computeIfAbsent(language, l -> new TemplateTexts(messages, l));
	}

	public TemplateSources defaults(Trigger trigger, Channel channel, Locale language) {
		return DefaultTemplates.of(trigger, channel, texts(language));
	}

	/** What the editor shows: the store's own template, or the default. */
	public TemplateSources sources(StoreId storeId, Trigger trigger, Channel channel, Locale language) {
		TemplateSources defaults = defaults(trigger, channel, language);
		Optional<StoredTemplates.Edited> edited = stored.find(storeId, trigger, channel, language);
		if (edited.isEmpty()) {
			return defaults;
		}
		StoredTemplates.Edited own = edited.get();
		if (own.design() != null) {
			// Generated again with today's layout, so a layout improvement reaches
			// templates made in the simple editor.
			return DefaultTemplates.of(own.design());
		}
		return new TemplateSources(own.subject() != null ? own.subject() : defaults.subject(),
				own.html() != null ? own.html() : defaults.html(), own.text() != null ? own.text() : defaults.text());
	}

	/**
	 * What the simple editor shows: the store's design, or the default one when the
	 * template was never edited; empty when the merchant wrote it in Liquid and HTML.
	 */
	public Optional<TemplateDesign> design(StoreId storeId, Trigger trigger, Locale language) {
		Optional<StoredTemplates.Edited> edited = stored.find(storeId, trigger, Channel.EMAIL, language);
		if (edited.isEmpty()) {
			return Optional.of(DefaultTemplates.design(trigger, texts(language)));
		}
		return Optional.ofNullable(edited.get().design());
	}

	public TemplateDesign defaultDesign(Trigger trigger, Locale language) {
		return DefaultTemplates.design(trigger, texts(language));
	}

	public boolean isEdited(StoreId storeId, Trigger trigger, Channel channel, Locale language) {
		return stored.find(storeId, trigger, channel, language).isPresent();
	}

	/** "trigger/channel/language-tag" of each template the store has edited. */
	public Set<String> edited(StoreId storeId) {
		return stored.edited(storeId);
	}

	/** Renders the store's current template for the facts (as the dispatcher does). */
	public ComposedMessage compose(StoreId storeId, Trigger trigger, Channel channel, Locale language,
			MessageFacts facts) {
		Key key = new Key(storeId, trigger, channel, language);
		Parsed templates = parsed.get(key, this::load);
		return rendering.render(templates.parts(), channel, facts, texts(language), templates.ours());
	}

	/** Renders unsaved sources, for the editor's preview and test message. */
	public ComposedMessage render(TemplateSources sources, Channel channel, Locale language, MessageFacts facts) {
		return rendering.render(parse(sources, channel), channel, facts, texts(language), false);
	}

	/**
	 * The first problem of each part that has one: parse errors, and errors that only
	 * show when rendering (an unknown filter).
	 */
	public Map<TemplatePart, TemplateProblem> check(TemplateSources sources, Channel channel) {
		Map<TemplatePart, TemplateProblem> problems = new EnumMap<>(TemplatePart.class);
		for (TemplatePart part : TemplatePart.of(channel)) {
			String source = sources.part(part);
			if (source == null || source.isBlank()) {
				problems.put(part, new TemplateProblem(0, null, "must not be empty"));
				continue;
			}
			try {
				liquid.render(liquid.parse(source), Map.of());
			}
			catch (InvalidTemplateException ex) {
				problems.put(part, ex.problem());
			}
		}
		return problems;
	}

	/**
	 * Saves the store's own template after checking it.
	 * @throws InvalidTemplateException for the first part with a problem
	 */
	public void save(StoreId storeId, Trigger trigger, Channel channel, Locale language, TemplateSources sources,
			@Nullable String user) {
		Map<TemplatePart, TemplateProblem> problems = check(sources, channel);
		if (!problems.isEmpty()) {
			throw new InvalidTemplateException(problems.values().iterator().next());
		}
		stored.save(storeId, trigger, channel, language, sources, null, user, clock.instant());
		parsed.invalidate(new Key(storeId, trigger, channel, language));
	}

	/**
	 * Saves an e-mail made in the simple editor, after checking the Liquid its words
	 * hold.
	 * @throws InvalidTemplateException for the first part with a problem
	 */
	public void save(StoreId storeId, Trigger trigger, Locale language, TemplateDesign design, @Nullable String user) {
		TemplateSources sources = DefaultTemplates.of(design);
		Map<TemplatePart, TemplateProblem> problems = check(sources, Channel.EMAIL);
		if (!problems.isEmpty()) {
			throw new InvalidTemplateException(problems.values().iterator().next());
		}
		stored.save(storeId, trigger, Channel.EMAIL, language, sources, design, user, clock.instant());
		parsed.invalidate(new Key(storeId, trigger, Channel.EMAIL, language));
	}

	/** Drops the store's own template: the default applies again. */
	public void reset(StoreId storeId, Trigger trigger, Channel channel, Locale language) {
		stored.delete(storeId, trigger, channel, language);
		parsed.invalidate(new Key(storeId, trigger, channel, language));
	}

	private Parsed load(Key key) {
		if (!isEdited(key.storeId(), key.trigger(), key.channel(), key.language())) {
			return parsedDefault(key);
		}
		TemplateSources sources = sources(key.storeId(), key.trigger(), key.channel(), key.language());
		try {
			return new Parsed(parse(sources, key.channel()), false);
		}
		catch (InvalidTemplateException ex) {
			// Saving checks templates, so this is a template saved by an older version
			// with other rules: the shopper still gets a message, in the default words.
			log.warn("store {} template {}/{}/{} does not parse ({}), using the default", key.storeId(),
					key.trigger().wireName(), key.channel().wireName(), key.language(), ex.getMessage());
			return parsedDefault(key);
		}
	}

	private Parsed parsedDefault(Key key) {
		return parsedDefaults.get(new DefaultKey(key.trigger(), key.channel(), key.language()),
				d -> new Parsed(parse(defaults(d.trigger(), d.channel(), d.language()), d.channel()), true));
	}

	private Map<TemplatePart, LiquidTemplate> parse(TemplateSources sources, Channel channel) {
		Map<TemplatePart, LiquidTemplate> templates = new EnumMap<>(TemplatePart.class);
		for (TemplatePart part : TemplatePart.of(channel)) {
			templates.put(part, liquid.parse(String.valueOf(sources.part(part))));
		}
		return templates;
	}

}
