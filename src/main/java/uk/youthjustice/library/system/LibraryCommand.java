package uk.youthjustice.library.system;

import java.io.PrintStream;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A task run from the command line instead of the web server, as
 * {@code java -jar practice-library.jar <name> [arguments] [--setting=value …]}. A
 * command is a bean marked {@link Named}: {@link LibraryCommands} reads the mark before
 * the application starts, so a mistyped name is refused without touching the database.
 */
public interface LibraryCommand {

	/** The exit status of a command that did what it was asked. */
	int SUCCEEDED = 0;

	/** The exit status of a command that could not do it. */
	int FAILED = 1;

	/** The exit status of a command given words it does not understand. */
	int USAGE = 2;

	/**
	 * Runs the command in a started application without a web server or scheduled jobs.
	 * @param arguments the words after the command's name, without {@code --settings}
	 * @param out where to write what the operator should read
	 * @return the process's exit status
	 */
	int run(List<String> arguments, PrintStream out);

	/** Makes a class a command bean, and names it for the command line. */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@Component
	@interface Named {

		/** The word that selects the command, in lower case. */
		String name();

		/** One line for the usage message. */
		String summary();

	}

}
