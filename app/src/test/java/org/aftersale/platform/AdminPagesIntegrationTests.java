package org.aftersale.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin page, and only admin pages, get the admin layout's model: a page that
 * forgot {@link AdminController} would lose its navigation, and an API call or a shopper
 * page that got it would pay for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPagesIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void fillsTheAdminLayoutForAdminPagesOnly() {
		List<ControllerAdviceBean> layout = ControllerAdviceBean.findAnnotatedBeans(context)
			.stream()
			.filter(advice -> advice.getBeanType() != null
					&& advice.getBeanType().getPackageName().startsWith("org.aftersale"))
			// Only advice that fills a model; error handlers apply where they must.
			.filter(advice -> java.util.Arrays.stream(advice.getBeanType().getDeclaredMethods())
				.anyMatch(method -> method
					.isAnnotationPresent(org.springframework.web.bind.annotation.ModelAttribute.class)))
			.toList();
		assertThat(layout).extracting(advice -> advice.getBeanType().getSimpleName())
			.contains("AdminLayoutAdvice", "StaffModelAdvice");

		List<String> adminPages = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			Class<?> type = entry.getValue().getBeanType();
			if (!type.getPackageName().startsWith("org.aftersale")) {
				continue;
			}
			boolean page = !AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
					&& !entry.getValue().hasMethodAnnotation(ResponseBody.class);
			boolean admin = entry.getKey().getPatternValues().stream().allMatch(p -> p.startsWith("/admin"));
			boolean filled = layout.stream().allMatch(advice -> advice.isApplicableToBeanType(type));
			boolean skipped = layout.stream().noneMatch(advice -> advice.isApplicableToBeanType(type));
			if (page && admin) {
				adminPages.add(type.getSimpleName());
				assertThat(filled).as("%s gets the admin layout", type.getSimpleName()).isTrue();
			}
			else if (!admin) {
				others.add(type.getSimpleName());
				assertThat(skipped).as("%s does not get the admin layout", type.getSimpleName()).isTrue();
			}
		}
		assertThat(adminPages).contains("OrderListController", "MessageLogController", "AttentionController");
		assertThat(others).contains("OrderApiController", "TrackingPageController", "UnsubscribeController");
	}

}
