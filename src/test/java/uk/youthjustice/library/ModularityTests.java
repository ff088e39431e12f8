package uk.youthjustice.library;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature modules depend on each other only through their public surfaces, without
 * cycles.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PracticeLibraryApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void everyFeatureIsAModule() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("system",
				"catalogue", "contacts", "attachments", "accounts", "feedback", "demo", "search", "information",
				"discovery", "history", "sharing", "dashboard", "editorial", "publishing");
	}

	/**
	 * Keeps docs/modules in step with the code: the diagrams come from the code itself.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
