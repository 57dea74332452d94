package org.aftersale.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.TransactionDefinition;

/**
 * Commits of event listeners do not wait for the disk (see ADR 0004). Everything an
 * {@code @ApplicationModuleListener} writes (the registry's processing mark, the
 * listener's own rows, the completion) is re-created by the registry's republication
 * after a crash, because listeners are idempotent and the publication's completion is
 * written after the work in the same WAL: if the work is lost, so is the completion. The
 * transaction that publishes an event, and every commit made by request threads,
 * dispatchers and jobs, still waits for the disk.
 */
@Configuration(proxyBeanMethods = false)
class ListenerCommits {

	private static final ThreadLocal<Boolean> IN_LISTENER = ThreadLocal.withInitial(() -> false);

	/**
	 * Marks the thread as doing listener work for the whole invocation, outside the
	 * registry's own interceptor (which records the processing and completion marks).
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor listenerWorkAdvisor() {
		MethodInterceptor marker = invocation -> {
			boolean outer = IN_LISTENER.get();
			IN_LISTENER.set(true);
			try {
				return invocation.proceed();
			}
			finally {
				IN_LISTENER.set(outer);
			}
		};
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				AnnotationMatchingPointcut.forMethodAnnotation(ApplicationModuleListener.class), marker);
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource,
			ObjectProvider<TransactionManagerCustomizers> customizers,
			@Value("${aftersale.platform.relaxed-listener-commits:true}") boolean relaxed) {
		JdbcTransactionManager manager = new JdbcTransactionManager(dataSource) {
			@Override
			protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
					throws SQLException {
				super.prepareTransactionalConnection(connection, definition);
				if (relaxed && IN_LISTENER.get() && !definition.isReadOnly()) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("set local synchronous_commit to off");
					}
				}
			}
		};
		customizers.ifAvailable(c -> c.customize(manager));
		return manager;
	}

	/** Runs work as listener work, for tests of the rule itself. */
	static void asListener(Runnable work) {
		boolean outer = IN_LISTENER.get();
		IN_LISTENER.set(true);
		try {
			work.run();
		}
		finally {
			IN_LISTENER.set(outer);
		}
	}

}
