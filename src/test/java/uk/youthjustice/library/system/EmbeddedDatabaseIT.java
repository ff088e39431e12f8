package uk.youthjustice.library.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.support.LibraryProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-set-up default: the same migrations on the embedded H2 database, demo content
 * loaded on the first start only, the home page and health served.
 */
class EmbeddedDatabaseIT {

	@TempDir
	Path dataDir;

	@Test
	void runsOnTheEmbeddedDatabaseAndLoadsDemoContentOnce() throws Exception {
		long resources;
		try (ConfigurableApplicationContext first = LibraryProcess.start(this.dataDir)) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class))
				.isPositive();
			resources = jdbc.queryForObject("select count(*) from resource", Long.class);
			assertThat(resources).isEqualTo(30);
			assertThat(jdbc.queryForObject("select count(*) from attachment", Long.class)).isEqualTo(5);
			// The extraction queue's claims and leases in H2's dialect.
			first.getBean(ExtractionWorker.class).runUntilIdle();
			assertThat(jdbc.queryForObject(
					"select count(*) from attachment where extraction_status = 'EXTRACTED' " + "and page_count > 0",
					Long.class))
				.isEqualTo(5);
			assertThat(jdbc.queryForObject("select count(*) from extraction_job", Long.class)).isZero();
			HttpResponse<String> home = get(first, "/");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("Youth Justice Practice Library").contains("Latest resources");
			// Readiness checks the database (H2 here), the search index and storage.
			HttpResponse<String> health = get(first, "/actuator/health/readiness");
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
		}
		assertThat(this.dataDir.resolve("database")).isDirectory();
		assertThat(this.dataDir.resolve("index")).isDirectory();

		try (ConfigurableApplicationContext restarted = LibraryProcess.start(this.dataDir)) {
			JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from resource", Long.class)).isEqualTo(resources);
		}
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
