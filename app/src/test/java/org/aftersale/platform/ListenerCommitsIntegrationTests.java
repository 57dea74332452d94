package org.aftersale.platform;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listener work commits without waiting for the disk; everything else waits. The marker
 * sits on the listener thread, after the hop to the async executor and around the
 * registry's processing and completion marks.
 */
@SpringBootTest(properties = "aftersale.platform.relaxed-listener-commits=true")
class ListenerCommitsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationContext context;

	@Test
	void onlyListenerTransactionsCommitWithoutWaitingForTheDisk() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		String[] seen = new String[2];

		transaction.executeWithoutResult(s -> seen[0] = setting());
		ListenerCommits.asListener(() -> transaction.executeWithoutResult(s -> seen[1] = setting()));

		assertThat(seen[0]).isEqualTo("on");
		assertThat(seen[1]).isEqualTo("off");
		assertThat(setting()).as("a connection taken by other work waits for the disk again").isEqualTo("on");
	}

	@Test
	void marksRealListenersBetweenTheAsyncHopAndTheRegistry() throws ClassNotFoundException {
		Object listener = context.getBean(Class.forName("org.aftersale.notifications.OrderNotifications"));
		List<String> advisors = Arrays.stream(((Advised) listener).getAdvisors())
			.map(Advisor::getAdvice)
			.map(advice -> advice.getClass().getName())
			.toList();

		int async = indexOf(advisors, "AnnotationAsyncExecutionInterceptor");
		int marker = indexOf(advisors, "ListenerCommits");
		int registry = indexOf(advisors, "CompletionRegisteringMethodInterceptor");
		assertThat(async).isNotNegative().isLessThan(marker);
		assertThat(marker).isLessThan(registry);
	}

	private String setting() {
		return jdbc.sql("show synchronous_commit").query(String.class).single();
	}

	private static int indexOf(List<String> names, String part) {
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).contains(part)) {
				return i;
			}
		}
		return -1;
	}

}
