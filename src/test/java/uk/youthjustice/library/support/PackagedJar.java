package uk.youthjustice.library.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged library, {@code target/practice-library.jar}, as a test runs it in a JVM
 * of its own: for commands and for a library a test kills.
 */
public final class PackagedJar {

	private static final Path JAR = Path.of("target", "practice-library.jar");

	/**
	 * Only the quick compiler and the serial collector: these JVMs live for seconds, on
	 * two cores shared with the test's own, so starting fast counts for more than running
	 * fast. The tests that start them took about a quarter less time.
	 */
	private static final List<String> SHORT_LIVED = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	private PackagedJar() {
	}

	/** {@code java -jar} with the given arguments. */
	public static List<String> command(String... arguments) {
		assertThat(JAR).as("the packaged library: run ./mvnw verify, which packages it first").exists();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(SHORT_LIVED);
		command.add("-jar");
		command.add(JAR.toAbsolutePath().toString());
		command.addAll(List.of(arguments));
		return command;
	}

}
