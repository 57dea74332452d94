package org.aftersale.notifications.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One parsed template serves every sender thread: concurrent renders each get their own
 * output.
 */
class LiquidTemplatesConcurrencyTests {

	@Test // renders of a shared template once failed under the notifications benchmark
	void rendersASharedTemplateFromManyThreadsAtOnce() throws Exception {
		LiquidTemplates liquid = new LiquidTemplates();
		LiquidTemplate template = liquid.parse("""
				{% for item in items %}{% cycle 'a', 'b' %}{{ item }}-{{ forloop.index }} {% endfor %}{{ name }}""");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 4_000; i++) {
				String name = "shopper-" + i;
				results.add(
						pool.submit(() -> liquid.render(template, Map.of("items", List.of("x", "y", "z"), "name", name))
							.equals("ax-1 by-2 az-3 " + name)));
			}
			for (Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
