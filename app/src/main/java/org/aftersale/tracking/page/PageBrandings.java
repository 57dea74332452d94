package org.aftersale.tracking.page;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aftersale.kernel.StoreId;
import org.aftersale.tracking.TrackingPageBrandingChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and changes a store's tracking-page branding in {@code tracking.page_branding}. A
 * change publishes {@link TrackingPageBrandingChanged} in the same transaction, so cached
 * pages are refreshed exactly when the change is committed.
 */
@Service
@Transactional
public class PageBrandings {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PageBrandings(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The store's branding, or the defaults when it never changed it. Read on every
	 * shopper page and e-mail: no transaction of its own, so a cache hit takes no
	 * connection from the pool.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public PageBranding of(StoreId storeId) {
		return cache.get(storeId, this::load);
	}

	// Read on every shopper page view; dropped after commit when the merchant saves,
	// expiring as a safety net for
	// a save on another instance.
	private final Cache<StoreId, PageBranding> cache = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void on(TrackingPageBrandingChanged event) {
		cache.invalidate(event.storeId());
	}

	private PageBranding load(StoreId storeId) {
		return jdbc.sql("select * from tracking.page_branding where store_id = :store")
			.param("store", storeId.value())
			.query((rs, n) -> new PageBranding(links(rs.getString("header_links")), rs.getString("banner_image_url"),
					rs.getString("banner_link_url"), social(rs.getString("social_links")),
					storedCss(rs.getString("custom_css")), rs.getString("custom_html"),
					new SuggestionChoice(rs.getBoolean("suggestions_shown"), skus(rs.getArray("pinned_skus")))))
			.optional()
			.orElseGet(PageBranding::defaults);
	}

	/** Stores the branding as given; callers pass only a checked {@link PageBranding}. */
	public void change(StoreId storeId, PageBranding branding) {
		Map<String, String> social = new LinkedHashMap<>();
		branding.socialLinks().forEach((network, url) -> social.put(network.name(), url));
		jdbc.sql(
				"""
						insert into tracking.page_branding (store_id, header_links, banner_image_url, banner_link_url, social_links,
						    custom_css, custom_html, suggestions_shown, pinned_skus, updated_at)
						values (:store, :links, :bannerImage, :bannerLink, :social, :css, :html, :shown, :pinned, :now)
						on conflict (store_id) do update set header_links = excluded.header_links,
						    banner_image_url = excluded.banner_image_url, banner_link_url = excluded.banner_link_url,
						    social_links = excluded.social_links, custom_css = excluded.custom_css,
						    custom_html = excluded.custom_html, suggestions_shown = excluded.suggestions_shown,
						    pinned_skus = excluded.pinned_skus, updated_at = excluded.updated_at""")
			.param("store", storeId.value())
			.param("links", json.writeValueAsString(branding.headerLinks()))
			.param("bannerImage", branding.bannerImageUrl())
			.param("bannerLink", branding.bannerLinkUrl())
			.param("social", json.writeValueAsString(social))
			.param("css", branding.customCss())
			.param("html", branding.customHtml())
			.param("shown", branding.suggestions().shown())
			.param("pinned", branding.suggestions().pinnedSkus().toArray(String[]::new))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new TrackingPageBrandingChanged(storeId, clock.instant()));
	}

	private static List<String> skus(Array stored) throws SQLException {
		return List.of((String[]) stored.getArray());
	}

	private List<PageLink> links(String stored) {
		return json.readValue(stored, new TypeReference<List<PageLink>>() {
		});
	}

	private Map<SocialNetwork, String> social(String stored) {
		Map<String, String> read = json.readValue(stored, new TypeReference<Map<String, String>>() {
		});
		Map<SocialNetwork, String> networks = new EnumMap<>(SocialNetwork.class);
		read.forEach((name, url) -> networks.put(SocialNetwork.valueOf(name), url));
		return networks;
	}

	// CSS stored before it went through the parser is cleaned again when loaded (once per
	// cache entry): what a shopper's page carries is always the parser's rendering.
	private static String storedCss(String css) {
		return CustomCss.clean(css).orElse("");
	}

}
