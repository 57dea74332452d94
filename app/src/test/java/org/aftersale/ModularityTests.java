package org.aftersale;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure as STYLE.md lays it out: no cycles, no access to another module's
 * internals, only declared dependencies. Also writes the module diagrams and canvases to
 * {@code target/spring-modulith-docs}, linked from {@code docs/modules.md}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(AftersaleApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		modules.verify();
	}

	@Test
	void detectsTheFoundationModules() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).contains("kernel", "platform",
				"stores", "orders");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation().writeModuleCanvases();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}

}
