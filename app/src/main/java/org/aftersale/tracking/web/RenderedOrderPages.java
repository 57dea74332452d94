package org.aftersale.tracking.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aftersale.tracking.page.TrackingView;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The rendered HTML of order pages, kept beside the page model it was rendered from. The
 * model cache already changes its entry whenever the shipments' state, the order or the
 * branding changes, so keying the HTML on that entry (by identity, weakly) makes it
 * exactly as fresh as the model; rendering the template was most of a page view's cost.
 * The page has no form and nothing per visitor, so the same bytes serve every shopper
 * with the link.
 */
@Component
class RenderedOrderPages {

	private final Cache<TrackingView, Map<String, byte[]>> rendered = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(20_000)
		.build();

	private final ViewResolver views;

	RenderedOrderPages(@Qualifier("thymeleafViewResolver") ViewResolver views) {
		this.views = views;
	}

	/**
	 * The view that serves {@code template} for this page model, from memory when this
	 * variant (link and language) was rendered before.
	 */
	View of(TrackingView page, String variant, String template, Locale language) throws Exception {
		View delegate = views.resolveViewName(template, language);
		Map<String, byte[]> variants = rendered.get(page, key -> new ConcurrentHashMap<>());
		return new Cached(delegate, variants, variant);
	}

	private record Cached(View delegate, Map<String, byte[]> variants, String variant) implements View {

		@Override
		public String getContentType() {
			return delegate.getContentType();
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			byte[] html = variants.get(variant);
			if (html != null) {
				response.setContentType("text/html;charset=UTF-8");
				response.setContentLength(html.length);
				response.getOutputStream().write(html);
				return;
			}
			ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
			delegate.render(model, request, capture);
			if (capture.getStatus() == HttpServletResponse.SC_OK) {
				variants.put(variant, capture.getContentAsByteArray());
			}
			capture.copyBodyToResponse();
		}

	}

}
