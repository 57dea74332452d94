package org.aftersale.platform;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC loads an aggregate's collections with one query per aggregate and
 * collection: applying a thousand carrier events loaded a thousand shipments' lines one
 * shipment at a time. With single-query loading on, aggregates whose collections hold
 * simple entities (a shipment and its lines) are read with their children in one
 * statement however many are asked for; the others are loaded as before.
 */
@Configuration(proxyBeanMethods = false)
class AggregateLoading {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static BeanPostProcessor singleQueryAggregateLoading() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setSingleQueryLoadingEnabled(true);
				}
				return bean;
			}
		};
	}

}
