package uk.youthjustice.library;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import uk.youthjustice.library.system.LibraryCommands;

/**
 * The Youth Justice Practice Library: practice examples, guidance and contacts for people
 * who work with children in the youth justice system. Started with a command's name
 * ({@code java -jar practice-library.jar reindex}), it runs that command instead of the
 * web server.
 */
@SpringBootApplication
public class PracticeLibraryApplication {

	public static void main(String[] args) {
		if (LibraryCommands.isCommand(args)) {
			System.exit(LibraryCommands.run(PracticeLibraryApplication.class, args, System.out, System.err));
		}
		SpringApplication.run(PracticeLibraryApplication.class, args);
	}

}
