package org.aftersale.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one way the server calls a URL that a merchant set: webhook receivers, an SMS
 * provider's base URL. Refuses addresses that are not public (unless the operator allows
 * private networks), checked on the address each connection is opened to; follows no
 * redirect, so every hop is one the merchant named; reads at most the start of an answer.
 */
@Component
public class OutboundHttp implements DisposableBean {

	/**
	 * What the other side answered.
	 *
	 * @param body at most the bytes asked for, as UTF-8
	 * @param retryAfter its {@code Retry-After} header, if any
	 */
	public record Answer(int status, String body, @Nullable String retryAfter) {
	}

	private final boolean allowPrivate;

	private final CloseableHttpClient client;

	private final ExecutorService callers;

	private final ScheduledExecutorService deadlines;

	OutboundHttp(OutboundSettings settings) {
		this.allowPrivate = settings.allowPrivate();
		PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
			.setDnsResolver(new GuardedDnsResolver(settings.allowPrivate()))
			.setDefaultConnectionConfig(
					ConnectionConfig.custom().setConnectTimeout(Timeout.of(settings.connectTimeout())).build())
			.setMaxConnTotal(settings.maxConcurrent())
			.setMaxConnPerRoute(settings.maxConcurrent())
			.build();
		this.client = HttpClients.custom()
			.setConnectionManager(pool)
			.disableRedirectHandling()
			.disableCookieManagement()
			.disableAuthCaching()
			.disableAutomaticRetries()
			.build();
		this.callers = Executors.newFixedThreadPool(settings.maxConcurrent(), daemons("outbound-http-"));
		this.deadlines = Executors.newSingleThreadScheduledExecutor(daemons("outbound-deadline-"));
	}

	/**
	 * POSTs the body and reads the answer, all within {@code timeout}.
	 * @throws RefusedTarget when the URL leads to a non-public address
	 * @throws IOException when the call fails or times out
	 */
	public Answer post(URI url, Map<String, String> headers, byte[] body, Duration timeout, int maxAnswerBytes)
			throws IOException {
		HttpPost post = new HttpPost(url);
		headers.forEach(post::setHeader);
		post.setEntity(new ByteArrayEntity(body, null));
		post.setConfig(RequestConfig.custom()
			.setResponseTimeout(Timeout.of(timeout))
			.setConnectionRequestTimeout(Timeout.of(timeout))
			.build());
		ScheduledFuture<?> deadline = deadlines.schedule(post::cancel, timeout.toMillis(), TimeUnit.MILLISECONDS);
		try (ClassicHttpResponse response = client.executeOpen(null, post, null)) {
			String text = "";
			if (response.getEntity() != null) {
				// Closing the response without reading the rest discards the connection
				// rather than draining whatever the other side keeps sending.
				try (InputStream in = response.getEntity().getContent()) {
					text = new String(in.readNBytes(maxAnswerBytes), StandardCharsets.UTF_8);
				}
			}
			Header retryAfter = response.getFirstHeader("Retry-After");
			return new Answer(response.getCode(), text, retryAfter == null ? null : retryAfter.getValue());
		}
		catch (IOException ex) {
			if (post.isCancelled()) {
				throw new IOException("timed out after " + timeout.toMillis() + " ms", ex);
			}
			throw ex;
		}
		finally {
			deadline.cancel(false);
		}
	}

	/** {@link #post} on a thread of its own, for callers that send many at once. */
	public CompletableFuture<Answer> postAsync(URI url, Map<String, String> headers, byte[] body, Duration timeout,
			int maxAnswerBytes) {
		CompletableFuture<Answer> answer = new CompletableFuture<>();
		callers.execute(() -> {
			try {
				answer.complete(post(url, headers, body, timeout, maxAnswerBytes));
			}
			catch (IOException | RuntimeException ex) {
				answer.completeExceptionally(ex);
			}
		});
		return answer;
	}

	/**
	 * Why a merchant may not save this URL, when that can be told without a DNS look-up:
	 * a host that is a non-public address literal or a name for this machine. Names are
	 * checked again on every call, where it matters.
	 */
	public Optional<String> refusal(URI url) {
		String host = url.getHost();
		if (allowPrivate || host == null) {
			return Optional.empty();
		}
		String name = host.toLowerCase(Locale.ROOT);
		if (name.equals("localhost") || name.endsWith(".localhost")) {
			return Optional.of("must lead to a public address, not to this server");
		}
		if (!name.matches("[0-9.]+|\\[[0-9a-f:.]+\\]")) {
			return Optional.empty();
		}
		try {
			InetAddress address = InetAddress.getByName(name.replace("[", "").replace("]", ""));
			return PublicAddress.isPublic(address) ? Optional.empty()
					: Optional.of("must lead to a public address, not to " + address.getHostAddress());
		}
		catch (UnknownHostException ex) {
			return Optional.of("is not a valid address");
		}
	}

	@Override
	public void destroy() throws IOException {
		callers.shutdownNow();
		deadlines.shutdownNow();
		client.close();
	}

	private static java.util.concurrent.ThreadFactory daemons(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
