package uk.youthjustice.library.system;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations endpoints in the shared library: the health groups say UP or DOWN to
 * anyone (probes need them) and the details only to administrators; the Prometheus
 * metrics are refused to the public and to editors, and list the library’s own metrics to
 * a scraper with the token (application-test.yml) and to an administrator.
 */
@WithLibrary
class OperationsIT {

	private static final String TOKEN = "operations-it-scraper-token";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePublicSeesEachHealthGroupsStatusWithoutDetails() {
		for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			HttpResponse<String> answer = LocalHttp.get(this.port, path);

			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			JsonNode health = JSON.readTree(answer.body());
			assertThat(health.get("status").asString()).as(path).isEqualTo("UP");
			assertThat(health.has("components")).as(path + " hides its components").isFalse();
			assertThat(answer.body()).as(path).doesNotContain("PostgreSQL").doesNotContain("free");
		}
		// Nor by asking for one check by name.
		for (String path : List.of("/actuator/health/db", "/actuator/health/storage",
				"/actuator/health/readiness/storage", "/actuator/health/searchIndex")) {
			HttpResponse<String> answer = LocalHttp.get(this.port, path);

			assertThat(answer.body()).as(path)
				.doesNotContain("PostgreSQL")
				.doesNotContain("free")
				.doesNotContain("documents")
				.doesNotContain("details");
		}
	}

	@Test
	void anAdministratorSeesWhatReadinessAndLivenessCheck() {
		WebSession admin = WebSession.signedIn(this.port, SignIn.newAccount(this.accounts, Role.ADMIN));

		JsonNode readiness = JSON.readTree(admin.get("/actuator/health/readiness").body());
		JsonNode components = readiness.get("components");
		assertThat(names(components)).containsExactlyInAnyOrder("readinessState", "db", "searchIndex", "storage");
		assertThat(components.get("db").get("details").get("database").asString()).isEqualTo("PostgreSQL");
		JsonNode index = components.get("searchIndex");
		assertThat(index.get("status").asString()).isEqualTo("UP");
		assertThat(index.get("details").get("documents").asLong()).isPositive();
		assertThat(index.get("details").get("rebuilding").asBoolean()).isFalse();
		JsonNode storage = components.get("storage");
		assertThat(storage.get("status").asString()).isEqualTo("UP");
		assertThat(storage.get("details").get("threshold").asLong()).isEqualTo(100L * 1024 * 1024);
		for (String directory : List.of("dataDirectory", "contentStore")) {
			assertThat(storage.get("details").get(directory).get("free").asLong()).as(directory)
				.isGreaterThan(storage.get("details").get("threshold").asLong());
		}

		JsonNode liveness = JSON.readTree(admin.get("/actuator/health/liveness").body());
		assertThat(names(liveness.get("components"))).containsExactlyInAnyOrder("livenessState", "ping");
	}

	@Test
	void metricsAreRefusedToThePublicToEditorsAndToAWrongToken() {
		HttpResponse<String> anonymous = LocalHttp.get(this.port, "/actuator/prometheus");
		HttpResponse<String> wrongToken = LocalHttp.get(this.port, "/actuator/prometheus", "Authorization",
				"Bearer " + TOKEN + "x");
		HttpResponse<String> noScheme = LocalHttp.get(this.port, "/actuator/prometheus", "Authorization", TOKEN);
		HttpResponse<String> editor = WebSession.signedIn(this.port, SignIn.newAccount(this.accounts, Role.EDITOR))
			.get("/actuator/prometheus");

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(wrongToken.statusCode()).isEqualTo(401);
		assertThat(noScheme.statusCode()).isEqualTo(401);
		assertThat(editor.statusCode()).isEqualTo(403);
		for (HttpResponse<String> refused : List.of(anonymous, wrongToken, noScheme, editor)) {
			assertThat(refused.body()).doesNotContain("library_").doesNotContain("jvm_");
		}
		// Nor by another actuator endpoint that is not exposed.
		assertThat(LocalHttp.get(this.port, "/actuator/metrics", "Authorization", "Bearer " + TOKEN).statusCode())
			.isIn(401, 404);
	}

	@Test
	void aScraperWithTheTokenReadsTheLibrarysMetricsWithRouteTemplates() {
		assertThat(LocalHttp.get(this.port, "/search?q=youth").statusCode()).isEqualTo(200);
		Map<String, Object> file = this.jdbc.queryForMap("select a.id, a.file_name from attachment a "
				+ "join resource r on r.id = a.resource_id where r.status = 'PUBLISHED' and r.published_at <= now() "
				+ "order by a.id limit 1");
		String download = "/files/" + file.get("id") + "/" + file.get("file_name");
		assertThat(LocalHttp.get(this.port, download).statusCode()).isEqualTo(200);

		HttpResponse<String> answer = LocalHttp.get(this.port, "/actuator/prometheus", "Authorization",
				"Bearer " + TOKEN);

		assertThat(answer.statusCode()).isEqualTo(200);
		List<String> samples = answer.body().lines().filter((line) -> !line.startsWith("#")).toList();
		assertThat(samples).anyMatch((line) -> line.startsWith("library_search_seconds_count"))
			.anyMatch((line) -> line.startsWith("library_search_seconds_bucket"))
			.anyMatch((line) -> line.startsWith("library_extraction_queue_files"))
			.anyMatch((line) -> line.startsWith("library_extraction_files_total{outcome=\"FAILED\""))
			.anyMatch((line) -> line.startsWith("library_extraction_files_total{outcome=\"EXTRACTED\""))
			.anyMatch((line) -> line.startsWith("library_downloads_total"))
			.anyMatch((line) -> line.startsWith("http_server_requests_seconds_count")
					&& line.contains("uri=\"/files/{id:[0-9]+}/{fileName}\""))
			.anyMatch((line) -> line.startsWith("http_server_requests_seconds_bucket")
					&& line.contains("uri=\"/search\""));
		assertThat(countOf(samples, "library_downloads_total")).isPositive();
		assertThat(countOf(samples, "library_search_seconds_count")).isPositive();
		// Routes, never the addresses asked for: the number of series stays bounded.
		assertThat(samples).filteredOn((line) -> line.startsWith("http_server_requests"))
			.noneMatch((line) -> line.contains("uri=\"" + download))
			.noneMatch((line) -> line.contains("q=youth"));
		// Spring Security's timers for each of its filters are off (decisions/0022).
		assertThat(samples).noneMatch((line) -> line.startsWith("spring_security_filterchains"));
	}

	@Test
	void anAdministratorMayReadTheMetricsToo() {
		WebSession admin = WebSession.signedIn(this.port, SignIn.newAccount(this.accounts, Role.ADMIN));

		HttpResponse<String> answer = admin.get("/actuator/prometheus");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("library_search_seconds");
	}

	private static double countOf(List<String> samples, String name) {
		return samples.stream()
			.filter((line) -> line.startsWith(name + " ") || line.startsWith(name + "{"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private static List<String> names(JsonNode node) {
		return node.propertyNames().stream().toList();
	}

}
