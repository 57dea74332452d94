package org.aftersale.platform;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link BatchedPublicationRepository} in front of the library's JDBC repository of
 * the event publication registry, and gives the registry a serializer that holds its
 * mapper.
 */
@Configuration(proxyBeanMethods = false)
class PublicationRegistryWiring {

	@Bean
	EventSerializer registryEventSerializer(JsonMapper mapper) {
		return new RegistryEventSerializer(mapper);
	}

	@Bean(destroyMethod = "close")
	@Primary
	BatchedPublicationRepository batchedPublicationRepository(
			@Qualifier("jdbcEventPublicationRepository") EventPublicationRepository library, JdbcTemplate jdbc,
			EventSerializer serializer, PlatformTransactionManager transactionManager,
			@Value("${spring.modulith.events.jdbc.schema:public}") String schema,
			@Value("${spring.modulith.events.completion-mode:update}") String completionMode) {
		return new BatchedPublicationRepository(library, jdbc, serializer, transactionManager, schema,
				BatchedPublicationRepository.CompletionMode.valueOf(completionMode.toUpperCase(java.util.Locale.ROOT)));
	}

}
