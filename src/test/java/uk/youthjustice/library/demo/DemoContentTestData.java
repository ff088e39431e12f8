package uk.youthjustice.library.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the demo file the way the loader does, so tests name what it should have loaded.
 */
final class DemoContentTestData {

	private DemoContentTestData() {
	}

	static DemoLibrary library() {
		try (InputStream json = new ClassPathResource("demo/library.json").getInputStream()) {
			return JsonMapper.builder().findAndAddModules().build().readValue(json, DemoLibrary.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<String> resourceSlugs() {
		return library().resources().stream().map(DemoLibrary.Item::slug).toList();
	}

	static List<String> documentKeys() {
		return library().documents().stream().map(DemoLibrary.Document::key).toList();
	}

}
