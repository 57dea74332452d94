package org.aftersale.stores;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

@Configuration(proxyBeanMethods = false)
class RolesConfiguration {

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_OWNER > ROLE_ADMIN
				ROLE_ADMIN > ROLE_AGENT
				ROLE_AGENT > ROLE_ANALYST
				ROLE_AGENT > ROLE_ASSOCIATE
				ROLE_API_OWNER > ROLE_API_WRITE
				ROLE_API_WRITE > ROLE_API_READ
				""");
	}

}
