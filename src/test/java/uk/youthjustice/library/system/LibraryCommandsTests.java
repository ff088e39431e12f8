package uk.youthjustice.library.system;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.PracticeLibraryApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's dispatch, without starting the library: it starts only for a known
 * command, so these need no database.
 */
class LibraryCommandsTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void settingsAloneStartTheWebServerAndAWordIsACommand() {
		assertThat(LibraryCommands.isCommand()).isFalse();
		assertThat(LibraryCommands.isCommand("--server.port=8081", "reindex")).isFalse();
		assertThat(LibraryCommands.isCommand("reindex", "--server.port=8081")).isTrue();
	}

	@Test
	void findsTheCommandsByTheirMarkWithoutStartingTheLibrary() {
		assertThat(LibraryCommands.find(PracticeLibraryApplication.class)).containsKey("reindex")
			.hasEntrySatisfying("reindex", (command) -> assertThat(command.className())
				.isEqualTo("uk.youthjustice.library.search.index.ReindexCommand"));
	}

	@Test
	void anUnknownCommandIsRefusedWithTheListAndStatusTwo() {
		int status = run("reindx", "--spring.datasource.url=jdbc:postgresql://nowhere.invalid/none");

		assertThat(status).isEqualTo(LibraryCommand.USAGE);
		assertThat(text(this.err)).startsWith("Unknown command: reindx")
			.contains("Usage: java -jar practice-library.jar [command]")
			.containsPattern("\\n  reindex +Rebuilds the search index");
		assertThat(text(this.out)).isEmpty();
	}

	@Test
	void helpListsTheCommands() {
		assertThat(run("help")).isZero();
		assertThat(text(this.out)).contains("reindex").contains("help");
	}

	private int run(String... args) {
		return LibraryCommands.run(PracticeLibraryApplication.class, args, print(this.out), print(this.err));
	}

	private static PrintStream print(ByteArrayOutputStream to) {
		return new PrintStream(to, true, StandardCharsets.UTF_8);
	}

	private static String text(ByteArrayOutputStream from) {
		return from.toString(StandardCharsets.UTF_8);
	}

}
