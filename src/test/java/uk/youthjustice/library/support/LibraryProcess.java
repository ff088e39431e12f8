package uk.youthjustice.library.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
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
		return start(dataDir, List.of(), settings);
	}

	/**
	 * As {@link #start(Path, String...)}, with listeners to the application's events, for
	 * a test that must act at a given point of start-up.
	 */
	public static ConfigurableApplicationContext start(Path dataDir, List<ApplicationListener<?>> listeners,
			String... settings) {
		List<String> args = new ArrayList<>(List.of("--library.data-dir=" + dataDir, "--server.port=0"));
		for (String setting : settings) {
			args.add("--" + setting);
		}
		return new SpringApplicationBuilder(PracticeLibraryApplication.class)
			.listeners(listeners.toArray(ApplicationListener[]::new))
			.run(args.toArray(String[]::new));
	}

	public static String[] postgres(String url) {
		return new String[] { "spring.datasource.url=" + url, "spring.datasource.username=" + TestDatabase.user(),
				"spring.datasource.password=" + TestDatabase.password() };
	}

}
