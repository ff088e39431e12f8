package uk.youthjustice.library.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.youthjustice.library.PracticeLibraryApplication;

/**
 * Starts the library as {@code java -jar} would, with chosen settings and no test
 * profile, for tests about start-up itself.
 */
public final class LibraryProcess {

	private LibraryProcess() {
	}

	public static ConfigurableApplicationContext start(Path dataDir, String... settings) {
		List<String> args = new ArrayList<>(List.of("--library.data-dir=" + dataDir, "--server.port=0"));
		for (String setting : settings) {
			args.add("--" + setting);
		}
		return new SpringApplicationBuilder(PracticeLibraryApplication.class).run(args.toArray(String[]::new));
	}

	public static String[] postgres(String url) {
		return new String[] { "spring.datasource.url=" + url, "spring.datasource.username=" + TestDatabase.user(),
				"spring.datasource.password=" + TestDatabase.password() };
	}

}
