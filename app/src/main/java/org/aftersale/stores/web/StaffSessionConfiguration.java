package org.aftersale.stores.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class StaffSessionConfiguration implements WebMvcConfigurer {

	private final StaffSessionCheck check;

	StaffSessionConfiguration(StaffSessionCheck check) {
		this.check = check;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(check).addPathPatterns("/admin/**").excludePathPatterns("/admin/login");
	}

}
