package uk.youthjustice.library.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code json-logs} profile (src/main/resources/application-json-logs.yml) turns the
 * console log into one JSON object a line, in the Elastic Common Schema, with the
 * library’s own settings loaded as they are in production.
 */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theJsonLogsProfileWritesEachLogLineAsJson(CapturedOutput output) {
		// Test contexts that earlier tests left open in this JVM mark logging as set up,
		// and Spring Boot would not set it up again: start as a new process would.
		LoggingSystem.get(JsonLogsTests.class.getClassLoader()).cleanUp();
		SpringApplication application = new SpringApplication(Empty.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setAdditionalProfiles("json-logs");
		try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off")) {
			LoggerFactory.getLogger(JsonLogsTests.class).warn("Search index check: \"quoted\" words");
		}

		List<String> lines = output.getOut().lines().filter((line) -> !line.isBlank()).toList();
		// Other tests' background threads share this JVM and may log in their own format
		// while this application starts: judge the lines this application wrote.
		assertThat(lines.stream().filter((line) -> line.contains("json-logs") || line.contains("Search index check")))
			.hasSizeGreaterThanOrEqualTo(2)
			.allMatch((line) -> line.startsWith("{"));
		List<JsonNode> entries = lines.stream().filter((line) -> line.startsWith("{")).map(JSON::readTree).toList();
		assertThat(entries).allMatch(JsonNode::isObject);
		JsonNode ours = entries.stream()
			.filter((entry) -> entry.path("message").asString("").startsWith("Search index check"))
			.findFirst()
			.orElseThrow();
		assertThat(ours.get("message").asString()).isEqualTo("Search index check: \"quoted\" words");
		assertThat(ours.toString()).contains("WARN").contains(JsonLogsTests.class.getName()).contains("ecs");
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
