package uk.youthjustice.library.system;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Runs a {@link LibraryCommand} named on the command line: the application starts without
 * listening for requests and without scheduled jobs, the command runs, the application
 * stops, and the command's status becomes the process's exit status.
 */
public final class LibraryCommands {

	/**
	 * Set while a command runs: what only a serving library does (scheduled jobs, the
	 * search index's start-up check) is conditional on it being false.
	 */
	public static final String COMMAND_LINE = "library.command-line";

	/** Asks for the list of commands. */
	static final String HELP = "help";

	private LibraryCommands() {
	}

	/**
	 * Whether the arguments start with a command's name rather than with settings for the
	 * web server ({@code --server.port=8080}).
	 */
	public static boolean isCommand(String... args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/**
	 * Runs the command that the first argument names.
	 * @param application the application class, whose package holds the commands
	 * @param args the command's name, its arguments and any {@code --settings}
	 * @param out where the command writes
	 * @param err where refusals and failures go
	 * @return the exit status: the command's, {@link LibraryCommand#USAGE} for an unknown
	 * name, {@link LibraryCommand#FAILED} when the application cannot start
	 */
	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Map<String, Definition> commands = find(application);
		String name = args[0];
		if (name.equals(HELP)) {
			usage(out, commands);
			return LibraryCommand.SUCCEEDED;
		}
		Definition command = commands.get(name);
		if (command == null) {
			err.println("Unknown command: " + name);
			usage(err, commands);
			return LibraryCommand.USAGE;
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		ConfigurableApplicationContext context;
		try {
			context = commandLineApplication(application).run(rest);
		}
		catch (RuntimeException ex) {
			err.println("The library could not start, so " + name + " did not run. " + rootMessage(ex));
			return LibraryCommand.FAILED;
		}
		List<String> arguments = Arrays.stream(rest).filter((arg) -> !arg.startsWith("--")).toList();
		int status;
		try {
			LibraryCommand bean = (LibraryCommand) context.getBean(command.type(application.getClassLoader()));
			status = bean.run(arguments, out);
		}
		catch (RuntimeException ex) {
			err.println(name + " failed: " + rootMessage(ex));
			status = LibraryCommand.FAILED;
		}
		int exit = status;
		return SpringApplication.exit(context, () -> exit);
	}

	/** The commands in the application's packages, by name. */
	static Map<String, Definition> find(Class<?> application) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(LibraryCommand.Named.class));
		Map<String, Definition> commands = new TreeMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(application.getPackageName())) {
			Map<String, Object> named = ((AnnotatedBeanDefinition) candidate).getMetadata()
				.getAnnotationAttributes(LibraryCommand.Named.class.getName());
			String name = (String) named.get("name");
			commands.put(name, new Definition(name, (String) named.get("summary"), candidate.getBeanClassName()));
		}
		return commands;
	}

	static void usage(PrintStream to, Map<String, Definition> commands) {
		to.println("Usage: java -jar practice-library.jar [command] [--setting=value ...]");
		to.println("Without a command, the library starts its web server. Commands:");
		int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
		commands.values()
			.forEach((command) -> to.println("  " + pad(command.name(), width) + "  " + command.summary()));
		to.println("  " + pad(HELP, width) + "  Shows this list.");
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length()));
	}

	/**
	 * The application as a command runs it: the web application context the library's
	 * beans expect, but with no port to listen on; no scheduled jobs; no banner; and only
	 * warnings in the log, so that the command's own lines stand out.
	 */
	private static SpringApplication commandLineApplication(Class<?> application) {
		SpringApplication spring = new SpringApplication(application);
		spring.setBannerMode(Banner.Mode.OFF);
		spring.setDefaultProperties(Map.of("logging.level.root", "warn"));
		spring.addInitializers((context) -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("libraryCommandLine", Map.of(COMMAND_LINE, "true", "server.port", "-1"))));
		return spring;
	}

	private static String rootMessage(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	/**
	 * A command found on the class path.
	 *
	 * @param name the word that selects it
	 * @param summary its line in the usage message
	 * @param className its bean's class
	 */
	record Definition(String name, String summary, String className) {

		Class<?> type(ClassLoader classLoader) {
			return ClassUtils.resolveClassName(this.className, classLoader);
		}

	}

}
