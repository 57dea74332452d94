package org.aftersale.returns.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aftersale.orders.OrderId;
import org.aftersale.orders.OrderQueries;
import org.aftersale.returns.ReturnLookups;
import org.aftersale.stores.Store;
import org.aftersale.tracking.ShipmentQueries;
import org.aftersale.tracking.page.PageLook;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The rendered HTML of the portal's order page, keyed by everything it is made of: the
 * order (its version), its parcels' and its returns' state, the published policy, the
 * store's look, the language, the link and the day (windows end on a date). The keys are
 * read on every view (a few indexed rows), so a page is never stale; the page has no form
 * token or anything else per visitor, so the same bytes serve every shopper with the
 * link. Building the page (every item decided under the policy) was most of a view's
 * cost.
 */
@Component
class PortalPages {

	/** What one rendering of the page depends on. */
	record Key(UUID storeId, UUID orderId, String token, String language, @Nullable String lang, int orderVersion,
			String parcels, String returnsAndPolicy, PageLook look, LocalDate today) {
	}

	private final Cache<Key, byte[]> rendered = Caffeine.newBuilder()
		.maximumSize(20_000)
		.expireAfterAccess(java.time.Duration.ofMinutes(30))
		.build();

	private final Cache<OrderId, State> states = Caffeine.newBuilder()
		.maximumSize(20_000)
		.expireAfterWrite(java.time.Duration.ofSeconds(2))
		.build();

	private final ViewResolver views;

	private final OrderQueries orders;

	private final ShipmentQueries shipments;

	private final ReturnLookups returns;

	private final Clock clock;

	PortalPages(@Qualifier("thymeleafViewResolver") ViewResolver views, OrderQueries orders, ShipmentQueries shipments,
			ReturnLookups returns, Clock clock) {
		this.views = views;
		this.orders = orders;
		this.shipments = shipments;
		this.returns = returns;
		this.clock = clock;
	}

	/**
	 * The key of the order's page now. Its state (three indexed reads) is remembered for
	 * a moment, as the tracking page's is; a change made on this instance forgets it at
	 * once ({@link PortalPageRefresh}).
	 */
	Key key(Store store, OrderId orderId, String token, Locale language, @Nullable String lang, PageLook look) {
		State state = states.get(orderId, id -> new State(orders.versionOf(store.id(), id).orElse(-1),
				shipments.stateOf(store.id(), id), returns.stateOf(store.id(), id)));
		return new Key(store.id().value(), orderId.value(), token, language.toLanguageTag(), lang, state.orderVersion(),
				state.parcels(), state.returnsAndPolicy(), look, LocalDate.now(clock.withZone(store.zone())));
	}

	void forget(OrderId orderId) {
		states.invalidate(orderId);
	}

	private record State(int orderVersion, String parcels, String returnsAndPolicy) {
	}

	/** The page as rendered before for this key, if it was. */
	@Nullable View cached(Key key) {
		byte[] html = rendered.getIfPresent(key);
		return html == null ? null : new Stored(html);
	}

	/** A view that renders {@code template} and keeps the page under {@code key}. */
	View rendering(Key key, String template, Locale language) throws Exception {
		View delegate = views.resolveViewName(template, language);
		return new Keeping(delegate, key, rendered);
	}

	private record Stored(byte[] html) implements View {

		@Override
		public String getContentType() {
			return "text/html;charset=UTF-8";
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			response.setContentType(getContentType());
			response.setContentLength(html.length);
			response.getOutputStream().write(html);
		}

	}

	private record Keeping(View delegate, Key key, Cache<Key, byte[]> rendered) implements View {

		@Override
		public @Nullable String getContentType() {
			return delegate.getContentType();
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
			delegate.render(model, request, capture);
			if (capture.getStatus() == HttpServletResponse.SC_OK) {
				rendered.put(key, capture.getContentAsByteArray());
			}
			capture.copyBodyToResponse();
		}

	}

}
