package uk.youthjustice.library.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;

/**
 * The PostgreSQL server tests run against when no Docker engine is available: the one
 * named by {@code LIBRARY_TEST_DB_URL}, {@code _USER} and {@code _PASSWORD}. Each test
 * run gets its own freshly created database there, dropped when the run ends.
 */
public final class TestDatabase {

	private static final String ADMIN_URL = env("LIBRARY_TEST_DB_URL", "jdbc:postgresql://localhost:5432/postgres");

	private static final String USER = env("LIBRARY_TEST_DB_USER", "postgres");

	private static final String PASSWORD = env("LIBRARY_TEST_DB_PASSWORD", "");

	private static volatile Boolean dockerAvailable;

	private static volatile String runDatabaseUrl;

	private TestDatabase() {
	}

	public static boolean isDockerAvailable() {
		if (dockerAvailable == null) {
			dockerAvailable = probeDocker();
		}
		return dockerAvailable;
	}

	/** The JDBC URL of this test run's database, created on first use. */
	public static synchronized String runDatabaseUrl() {
		if (runDatabaseUrl == null) {
			runDatabaseUrl = createFresh("run");
		}
		return runDatabaseUrl;
	}

	/**
	 * Creates another empty database for a test that needs a library of its own; it is
	 * dropped when the run ends.
	 * @param purpose a word for the database name
	 * @return its JDBC URL
	 */
	public static String createFresh(String purpose) {
		String name = ("library_test_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
			.toLowerCase(Locale.ROOT);
		execute("create database " + name);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
		return url(name);
	}

	/**
	 * Creates a database that is kept after the run, unless it is there already: for data
	 * too slow to write on every run. Drop it by hand ({@code dropdb name}) when done.
	 * @param name the database name
	 * @return whether it was created now, and so is empty
	 */
	public static boolean createKeptIfMissing(String name) {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, name);
			try (ResultSet found = exists.executeQuery()) {
				if (found.next()) {
					return false;
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests need PostgreSQL at " + ADMIN_URL + ": " + ex.getMessage(), ex);
		}
		execute("create database " + name);
		return true;
	}

	/** The JDBC URL of a database on the tests' server. */
	public static String url(String name) {
		return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
	}

	public static String user() {
		return USER;
	}

	public static String password() {
		return PASSWORD;
	}

	/** Runs a statement on the server's maintenance database. */
	public static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Tests need PostgreSQL at " + ADMIN_URL + " as " + USER
					+ " (set LIBRARY_TEST_DB_URL, _USER and _PASSWORD): " + ex.getMessage(), ex);
		}
	}

	private static void drop(String name) {
		try {
			execute("drop database if exists " + name + " with (force)");
		}
		catch (IllegalStateException ex) {
			System.err.println("Could not drop test database " + name + ": " + ex.getMessage());
		}
	}

	private static boolean probeDocker() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
