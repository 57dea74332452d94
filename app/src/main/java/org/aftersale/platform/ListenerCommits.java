package org.aftersale.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * When {@code aftersale.platform.relaxed-listener-commits} is on (off by default since
 * ADR 0005 made listener transactions few enough that waiting for the disk no longer
 * showed), commits of event listeners do not wait for the disk (see ADR 0004). Everything
 * an {@code @ApplicationModuleListener} writes (the listener's own rows, then the
 * publication's completion) is re-created by the registry's republication after a crash,
 * because listeners are idempotent and the completion is written after the work in the
 * same WAL: if the work is lost, so is the completion. The transaction that publishes an
 * event, and every commit made by request threads, dispatchers and jobs, still waits for
 * the disk.
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

	/**
	 * Every connection handed out passes through {@link CommitModes}, which sets it to
	 * the commit mode of the work that takes it.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static BeanPostProcessor listenerCommitModes(
			@Value("${aftersale.platform.relaxed-listener-commits:false}") boolean relaxed) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return relaxed && bean instanceof DataSource dataSource && !(bean instanceof CommitModes)
						? new CommitModes(dataSource) : bean;
			}
		};
	}

	/**
	 * Runs work as listener work: for the registry's completion writer, and for tests of
	 * the rule itself.
	 */
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

	/**
	 * The application's data source, switching a pooled connection's session to
	 * {@code synchronous_commit=off} when listener work takes it and back when other work
	 * does. The setting lives in the session, so a connection that keeps serving the same
	 * kind of work (the pool hands a thread the connection it used last) costs no round
	 * trip, and a listener transaction that writes nothing costs none at all.
	 */
	static final class CommitModes extends DelegatingDataSource {

		// Weak keys compare by identity: one entry per physical connection while it
		// lives.
		private final Cache<Connection, Boolean> relaxedSessions = Caffeine.newBuilder().weakKeys().build();

		CommitModes(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return suited(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return suited(super.getConnection(username, password));
		}

		private Connection suited(Connection connection) throws SQLException {
			boolean wanted = IN_LISTENER.get();
			Connection session = connection.unwrap(Connection.class);
			if (!Boolean.valueOf(wanted).equals(this.relaxedSessions.getIfPresent(session))) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(wanted ? "set synchronous_commit to off" : "reset synchronous_commit");
				}
				catch (SQLException ex) {
					connection.close();
					throw ex;
				}
				this.relaxedSessions.put(session, wanted);
			}
			return connection;
		}

	}

}
