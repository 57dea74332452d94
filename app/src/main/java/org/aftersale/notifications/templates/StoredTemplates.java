package org.aftersale.notifications.templates;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.aftersale.kernel.StoreId;
import org.aftersale.notifications.Channel;
import org.aftersale.notifications.Trigger;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The merchant's own templates in {@code notifications.template}. An e-mail is two rows:
 * channel {@code email} holds the subject and the HTML body, {@code email_text} the
 * plain-text body; an SMS is one row {@code sms}. No row means the default.
 */
@Component
class StoredTemplates {

	static final String EMAIL_TEXT = "email_text";

	/** What a merchant saved; a part they left alone is {@code null}. */
	record Edited(@Nullable String subject, @Nullable String html, @Nullable String text, Instant updatedAt,
			@Nullable String updatedBy, @Nullable TemplateDesign design) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	StoredTemplates(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Edited> find(StoreId storeId, Trigger trigger, Channel channel, Locale language) {
		Map<String, Row> rows = new HashMap<>();
		jdbc.sql("""
				select channel, subject, body, updated_at, updated_by, design from notifications.template
				where store_id = :store and trigger = :trigger and locale = :locale and channel in (:channels)
				""")
			.param("store", storeId.value())
			.param("trigger", trigger.wireName())
			.param("locale", language.toLanguageTag())
			.param("channels", channel == Channel.EMAIL ? List.of("email", EMAIL_TEXT) : List.of("sms"))
			.query((rs, n) -> rows.put(rs.getString(1),
					new Row(rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5),
							rs.getString(6))))
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Row main = rows.getOrDefault(channel.wireName(), rows.get(EMAIL_TEXT));
		if (channel == Channel.SMS) {
			return Optional.of(new Edited(null, null, main.body(), main.updatedAt(), main.updatedBy(), null));
		}
		Row html = rows.get("email");
		Row text = rows.get(EMAIL_TEXT);
		TemplateDesign design = html == null || html.design() == null ? null
				: json.readValue(html.design(), TemplateDesign.class);
		return Optional.of(new Edited(html == null ? null : html.subject(), html == null ? null : html.body(),
				text == null ? null : text.body(), main.updatedAt(), main.updatedBy(), design));
	}

	/** "trigger/channel/locale" of every template the store has edited. */
	java.util.Set<String> edited(StoreId storeId) {
		return new java.util.HashSet<>(jdbc.sql("""
				select distinct trigger || '/' || (case when channel = 'email_text' then 'email' else channel end)
				  || '/' || locale
				from notifications.template where store_id = :store
				""").param("store", storeId.value()).query(String.class).list());
	}

	@Transactional
	void save(StoreId storeId, Trigger trigger, Channel channel, Locale language, TemplateSources sources,
			@Nullable TemplateDesign design, @Nullable String user, Instant now) {
		if (channel == Channel.SMS) {
			upsert(storeId, trigger, "sms", language, null, sources.text(), null, user, now);
			return;
		}
		upsert(storeId, trigger, "email", language, sources.subject(), String.valueOf(sources.html()),
				design == null ? null : json.writeValueAsString(design), user, now);
		upsert(storeId, trigger, EMAIL_TEXT, language, null, sources.text(), null, user, now);
	}

	@Transactional
	void delete(StoreId storeId, Trigger trigger, Channel channel, Locale language) {
		jdbc.sql("""
				delete from notifications.template
				where store_id = :store and trigger = :trigger and locale = :locale and channel in (:channels)
				""")
			.param("store", storeId.value())
			.param("trigger", trigger.wireName())
			.param("locale", language.toLanguageTag())
			.param("channels", channel == Channel.EMAIL ? List.of("email", EMAIL_TEXT) : List.of("sms"))
			.update();
	}

	private void upsert(StoreId storeId, Trigger trigger, String channel, Locale language, @Nullable String subject,
			String body, @Nullable String design, @Nullable String user, Instant now) {
		jdbc.sql(
				"""
						insert into notifications.template (store_id, trigger, channel, locale, subject, body, design, updated_at, updated_by)
						values (:store, :trigger, :channel, :locale, :subject, :body, :design, :now, :user)
						on conflict (store_id, trigger, channel, locale) do update set subject = excluded.subject,
						  body = excluded.body, design = excluded.design, updated_at = excluded.updated_at,
						  updated_by = excluded.updated_by
						""")
			.param("store", storeId.value())
			.param("trigger", trigger.wireName())
			.param("channel", channel)
			.param("locale", language.toLanguageTag())
			.param("subject", subject)
			.param("body", body)
			.param("design", design)
			.param("now", Timestamp.from(now))
			.param("user", user)
			.update();
	}

	private record Row(@Nullable String subject, String body, Instant updatedAt, @Nullable String updatedBy,
			@Nullable String design) {
	}

}
