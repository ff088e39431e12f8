package uk.youthjustice.library.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.support.StatementCount;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data API over HTTP, through Tomcat as clients reach it, on the
 * {@link OpenDataFixture} category and the demo content.
 */
@WithLibrary
class OpenDataApiIT {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BASE_URL = "http://localhost";

	private static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

	private static final List<String> ENDPOINTS = List.of("/api/v1/resources",
			"/api/v1/resources?category=" + OpenDataFixture.CATEGORY + "&size=5&page=2",
			"/api/v1/resources/" + OpenDataFixture.FULL, "/api/v1/categories", "/api/v1/topics", "/api/v1/evidence",
			"/api/v1/contacts", "/api/v1/openapi.json");

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ContactDirectory contacts;

	@Autowired
	Attachments attachments;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void createFixtureOnce() {
		OpenDataFixture.ensure(this.catalogue, this.contacts, this.attachments);
	}

	@Test
	void listsACategorysPublicResourcesAPageAtATimeWithLinks() {
		JsonNode first = json("/api/v1/resources?category=" + OpenDataFixture.CATEGORY + "&size=5");

		assertThat(first.get("page").toString())
			.isEqualTo("{\"number\":1,\"size\":5,\"totalItems\":13,\"totalPages\":3}");
		assertThat(titles(first)).containsExactly("Open item 12", "Open item 11", "Open item 10", "Open item 09",
				"Open item 08");
		JsonNode links = first.get("links");
		String self = BASE_URL + "/api/v1/resources?category=" + OpenDataFixture.CATEGORY + "&size=5";
		assertThat(links.get("self").asString()).isEqualTo(self);
		assertThat(links.get("first").asString()).isEqualTo(self);
		assertThat(links.get("prev").isNull()).isTrue();
		assertThat(links.get("next").asString())
			.isEqualTo(BASE_URL + "/api/v1/resources?page=2&category=" + OpenDataFixture.CATEGORY + "&size=5");
		assertThat(links.get("last").asString()).contains("page=3");

		List<String> all = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			all.addAll(titles(json("/api/v1/resources?category=" + OpenDataFixture.CATEGORY + "&size=5&page=" + page)));
		}
		assertThat(all).hasSize(OpenDataFixture.PUBLIC_COUNT)
			.doesNotHaveDuplicates()
			.noneMatch((title) -> title.startsWith("Hidden"));
		JsonNode last = json("/api/v1/resources?category=" + OpenDataFixture.CATEGORY + "&size=5&page=3");
		assertThat(last.get("links").get("next").isNull()).isTrue();
		JsonNode beyond = json("/api/v1/resources?category=" + OpenDataFixture.CATEGORY + "&size=5&page=9");
		assertThat(beyond.get("items")).isEmpty();
		assertThat(beyond.get("page").get("totalItems").asLong()).isEqualTo(13);
		assertThat(beyond.get("links").get("prev").asString()).contains("page=3");
	}

	@Test
	void itemsHaveStableFieldsWithIsoDatesAndLinks() {
		JsonNode item = json("/api/v1/resources?category=" + OpenDataFixture.CATEGORY + "&size=1").get("items").get(0);

		assertThat(fieldNames(item)).containsExactly("slug", "type", "title", "summary", "category", "topics",
				"evidence", "ages", "cost", "publishedAt", "updatedAt", "links");
		assertThat(item.get("slug").asString()).isEqualTo(OpenDataFixture.CATEGORY + "-12");
		assertThat(item.get("type").asString()).isEqualTo("guidance");
		assertThat(item.get("category").toString())
			.isEqualTo("{\"slug\":\"open-data-test-category\",\"name\":\"Open data test category\"}");
		assertThat(item.get("topics").get(0).get("slug").asString()).isEqualTo(OpenDataFixture.TOPIC);
		assertThat(item.get("evidence").get("slug").asString()).isEqualTo(OpenDataFixture.EVIDENCE);
		assertThat(item.get("ages").toString()).isEqualTo("{\"minimum\":null,\"maximum\":null}");
		assertThat(item.get("cost").toString()).isEqualTo("{\"kind\":\"has-cost\",\"text\":null}");
		assertThat(item.get("publishedAt").asString()).isEqualTo("2021-03-13T09:00:00Z");
		assertThat(item.get("updatedAt").asString()).matches(ISO_INSTANT);
		assertThat(item.get("links").get("self").asString())
			.isEqualTo(BASE_URL + "/api/v1/resources/" + OpenDataFixture.CATEGORY + "-12");
		assertThat(item.get("links").get("html").asString())
			.isEqualTo(BASE_URL + "/resources/" + OpenDataFixture.CATEGORY + "-12");
	}

	@Test
	void filtersCombineAsOnTheCategoryPages() {
		String category = "/api/v1/resources?category=" + OpenDataFixture.CATEGORY;
		assertThat(total(category + "&type=guidance")).isEqualTo(4);
		assertThat(total(category + "&type=guidance&type=practice-example")).isEqualTo(13);
		assertThat(total(category + "&age=12")).isEqualTo(9);
		assertThat(total(category + "&age=12&cost=free")).isEqualTo(8);
		assertThat(total(category + "&topic=" + OpenDataFixture.TOPIC)).isEqualTo(5);
		assertThat(total(category + "&evidence=" + OpenDataFixture.EVIDENCE)).isEqualTo(3);
		assertThat(total("/api/v1/resources?topic=" + OpenDataFixture.TOPIC)).isEqualTo(5);
		assertThat(titles(json(category + "&sort=title&size=2"))).containsExactly("Open full resource", "Open item 01");
		assertThat(titles(json(category + "&sort=oldest&size=1"))).containsExactly("Open full resource");
	}

	@Test
	void aResourceShowsEverythingItsPageShows() {
		JsonNode resource = json("/api/v1/resources/" + OpenDataFixture.FULL);

		assertThat(resource.get("title").asString()).isEqualTo("Open full resource");
		assertThat(resource.get("type").asString()).isEqualTo("practice-example");
		assertThat(resource.get("descriptionHtml").asString()).contains("<strong>panel</strong>");
		assertThat(resource.get("aims").toString()).isEqualTo("[\"Fewer repeat referrals\"]");
		assertThat(resource.get("ages").toString()).isEqualTo("{\"minimum\":12,\"maximum\":null}");
		assertThat(resource.get("cost").toString()).isEqualTo("{\"kind\":\"has-cost\",\"text\":\"£40 a session\"}");
		assertThat(resource.get("sex").asString()).isEqualTo("not-applicable");
		JsonNode contact = resource.get("contacts").get(0);
		assertThat(contact.get("organisation").asString()).isEqualTo("Open Data Test Youth Service");
		assertThat(contact.get("email").asString()).isEqualTo("open.data@example.org.uk");
		assertThat(contact.get("links").get("html").asString())
			.isEqualTo(BASE_URL + "/contacts/" + OpenDataFixture.CONTACT);
		JsonNode file = resource.get("attachments").get(0);
		assertThat(file.get("title").asString()).isEqualTo("Panel notes");
		assertThat(file.get("fileName").asString()).isEqualTo("panel-notes.txt");
		assertThat(file.get("mediaType").asString()).startsWith("text/plain");
		assertThat(file.get("sizeBytes").asLong()).isEqualTo(22);
		assertThat(file.get("downloadUrl").asString()).startsWith(BASE_URL + "/files/");
		assertThat(resource.get("changes").toString())
			.isEqualTo("[{\"at\":\"2022-05-06T10:15:30Z\",\"note\":\"Contact details updated.\"}]");
		assertThat(resource.get("publishedAt").asString()).isEqualTo("2021-03-01T09:00:00Z");
		assertThat(resource.get("updatedAt").asString()).isEqualTo("2022-05-06T10:15:30Z");
		assertThat(resource.get("links").get("self").asString())
			.isEqualTo(BASE_URL + "/api/v1/resources/" + OpenDataFixture.FULL);

		// The download link works, as the page's does.
		String download = file.get("downloadUrl").asString().substring(BASE_URL.length());
		assertThat(send("GET", download).statusCode()).isEqualTo(200);
	}

	@Test
	void aFormerSlugRedirectsAsThePageDoes() {
		HttpResponse<String> response = send("GET", "/api/v1/resources/" + OpenDataFixture.OLD_SLUG);

		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/api/v1/resources/" + OpenDataFixture.FULL));
	}

	@Test
	void draftsScheduledArchivedAndFutureResourcesNeverAppear() {
		for (String slug : OpenDataFixture.HIDDEN) {
			HttpResponse<String> response = send("GET", "/api/v1/resources/" + slug);
			assertThat(response.statusCode()).as(slug).isEqualTo(404);
			assertProblem(response, 404);
		}
		List<String> everything = new ArrayList<>();
		JsonNode page = json("/api/v1/resources?size=100");
		int pages = page.get("page").get("totalPages").asInt();
		for (int number = 1; number <= pages; number++) {
			json("/api/v1/resources?size=100&page=" + number).get("items")
				.forEach((item) -> everything.add(item.get("slug").asString()));
		}
		assertThat(everything).hasSize(page.get("page").get("totalItems").asInt())
			.contains(OpenDataFixture.FULL)
			.doesNotContain(OpenDataFixture.HIDDEN);
		assertThat(count(json("/api/v1/topics"), OpenDataFixture.TOPIC)).isEqualTo(5);
		assertThat(count(json("/api/v1/evidence"), OpenDataFixture.EVIDENCE)).isEqualTo(3);
		assertThat(count(json("/api/v1/categories"), OpenDataFixture.CATEGORY)).isEqualTo(13);
	}

	@Test
	void vocabulariesAndContactsAreListedWithLinks() {
		JsonNode categories = json("/api/v1/categories");
		assertThat(categories.get("links").get("self").asString()).isEqualTo(BASE_URL + "/api/v1/categories");
		JsonNode category = find(categories, OpenDataFixture.CATEGORY);
		assertThat(category.get("name").asString()).isEqualTo("Open data test category");
		assertThat(category.get("description").asString()).isEqualTo("For API tests.");
		assertThat(category.get("links").get("resources").asString())
			.isEqualTo(BASE_URL + "/api/v1/resources?category=" + OpenDataFixture.CATEGORY);
		assertThat(category.get("links").get("html").asString())
			.isEqualTo(BASE_URL + "/categories/" + OpenDataFixture.CATEGORY);
		assertThat(find(json("/api/v1/topics"), OpenDataFixture.TOPIC).get("links").get("html").asString())
			.isEqualTo(BASE_URL + "/topics/" + OpenDataFixture.TOPIC);
		assertThat(find(json("/api/v1/evidence"), OpenDataFixture.EVIDENCE).get("links").get("html").isNull()).isTrue();
		// Demo content is there too.
		assertThat(json("/api/v1/categories").get("items").size()).isGreaterThan(1);

		JsonNode contacts = json("/api/v1/contacts");
		JsonNode card = find(contacts, OpenDataFixture.CONTACT);
		assertThat(fieldNames(card)).containsExactly("slug", "organisation", "personName", "role", "telephone", "email",
				"website", "region", "lastVerifiedOn", "links");
		assertThat(card.get("email").asString()).isEqualTo("open.data@example.org.uk");
		assertThat(contacts.get("items").size()).isEqualTo((int) this.contacts.count());
	}

	@Test
	void everyAnswerHasAnEtagAndMayBeCachedBrieflyByAnyone() {
		for (String path : ENDPOINTS) {
			HttpResponse<String> response = send("GET", path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("max-age=60, public");
			String etag = response.headers().firstValue("ETag").orElseThrow();
			assertThat(etag).as(path).matches("W/\"[0-9a-f]{33}\"");
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();

			HttpResponse<String> again = send("GET", path, "If-None-Match", etag);
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).as(path).isEmpty();
			assertThat(send("GET", path, "If-None-Match", "\"0000\"").statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void aCompressedAnswersEtagStillAnswers304() {
		HttpResponse<String> gzipped = send("GET", "/api/v1/resources", "Accept-Encoding", "gzip");
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String etag = gzipped.headers().firstValue("ETag").orElseThrow();

		assertThat(send("GET", "/api/v1/resources", "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode())
			.isEqualTo(304);
	}

	@Test
	void theAnswerIsJsonWhateverTheClientAccepts() {
		HttpResponse<String> html = send("GET", "/api/v1/categories", "Accept", "text/html");
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));

		HttpResponse<String> missing = send("GET", "/api/v1/resources/no-such-resource", "Accept", "text/html");
		assertProblem(missing, 404);
		assertProblem(send("GET", "/api/v1/no-such-thing", "Accept", "text/html"), 404);
		assertProblem(send("GET", "/api/v2/resources"), 404);
		assertProblem(send("GET", "/api/v1/resources/" + "z".repeat(5_000)), 404);
	}

	@Test
	void badParametersAreRefusedNamingEachOne() {
		Map<String, String> bad = Map.ofEntries(Map.entry("page=-1", "page"), Map.entry("page=0", "page"),
				Map.entry("page=abc", "page"), Map.entry("page=99999999999999", "page"), Map.entry("size=101", "size"),
				Map.entry("size=0", "size"), Map.entry("size=lots", "size"), Map.entry("type=video", "type"),
				Map.entry("topic=no-such-topic", "topic"), Map.entry("evidence=no-such-label", "evidence"),
				Map.entry("category=no-such-category", "category"), Map.entry("cost=cheap", "cost"),
				Map.entry("sort=random", "sort"), Map.entry("age=abc", "age"), Map.entry("age=31", "age"));
		bad.forEach((query, parameter) -> {
			HttpResponse<String> response = send("GET", "/api/v1/resources?" + query);
			JsonNode problem = assertProblem(response, 400);
			assertThat(problem.get("errors").get(0).get("parameter").asString()).as(query).isEqualTo(parameter);
		});
		JsonNode several = assertProblem(send("GET", "/api/v1/resources?page=x&size=x&sort=x"), 400);
		assertThat(several.get("errors").findValuesAsString("parameter")).containsExactly("sort", "page", "size");
	}

	@Test
	void hostileValuesAreNeverEchoed() {
		String script = "<script>alert('x')</script>";
		String hostile = URLEncoder.encode(script, StandardCharsets.UTF_8);
		for (String name : List.of("category", "type", "topic", "age", "cost", "evidence", "sort", "page", "size")) {
			HttpResponse<String> response = send("GET", "/api/v1/resources?" + name + "=" + hostile);
			assertProblem(response, 400);
			assertThat(response.body()).as(name).doesNotContain("script");
		}
		// Without a slash: Tomcat refuses an encoded slash in a path itself, before the
		// library sees the request.
		String image = "<img src=x onerror=alert(1)>";
		HttpResponse<String> slug = send("GET",
				"/api/v1/resources/" + URLEncoder.encode(image, StandardCharsets.UTF_8).replace("+", "%20"));
		assertProblem(slug, 404);
		assertThat(slug.body()).doesNotContain("<img");
	}

	@Test
	void onlyReadingIsAllowed() {
		for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
			for (String path : List.of("/api/v1/resources", "/api/v1/resources/" + OpenDataFixture.FULL,
					"/api/v1/openapi.json")) {
				HttpResponse<String> response = send(method, path);
				assertProblem(response, 405);
				assertThat(response.headers().firstValue("Allow")).as(method + " " + path)
					.hasValue("GET, HEAD, OPTIONS");
			}
		}
		assertThat(send("HEAD", "/api/v1/categories").statusCode()).isEqualTo(200);
	}

	@Test
	void anyWebsiteMayReadTheData() {
		HttpResponse<String> response = send("GET", "/api/v1/topics", "Origin", "https://elsewhere.example");
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
			.hasValueSatisfying((headers) -> assertThat(headers).contains("ETag"));
		assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

		HttpResponse<String> preflight = send("OPTIONS", "/api/v1/topics", "Origin", "https://elsewhere.example",
				"Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "if-none-match");
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
			.hasValueSatisfying((methods) -> assertThat(methods).contains("GET").doesNotContain("POST"));

		HttpResponse<String> write = send("OPTIONS", "/api/v1/topics", "Origin", "https://elsewhere.example",
				"Access-Control-Request-Method", "DELETE");
		assertThat(write.statusCode()).isEqualTo(403);
	}

	@Test
	void theOpenApiDocumentDescribesEveryEndpointAndNothingElse() {
		JsonNode document = json("/api/v1/openapi.json");

		assertThat(document.get("openapi").asString()).startsWith("3.1");
		assertThat(document.get("info").get("title").asString()).contains("open data API");
		assertThat(document.get("servers").get(0).get("url").asString()).isEqualTo(BASE_URL);
		List<String> paths = new ArrayList<>();
		document.get("paths").propertyNames().forEach(paths::add);
		assertThat(paths).containsExactlyInAnyOrder("/api/v1/resources", "/api/v1/resources/{slug}",
				"/api/v1/categories", "/api/v1/topics", "/api/v1/evidence", "/api/v1/contacts");
		document.get("paths").forEach((path) -> assertThat(path.propertyNames()).containsExactly("get"));
		List<String> parameters = document.get("paths")
			.get("/api/v1/resources")
			.get("get")
			.get("parameters")
			.findValuesAsString("name");
		assertThat(parameters).containsExactlyInAnyOrder("category", "type", "topic", "age", "cost", "evidence", "sort",
				"page", "size");
		JsonNode resources = document.get("paths").get("/api/v1/resources").get("get").get("responses");
		assertThat(resources.propertyNames()).containsExactlyInAnyOrder("200", "304", "400");
		assertThat(resources.get("400").get("content").propertyNames()).containsExactly("application/problem+json");
		assertThat(document.get("paths").get("/api/v1/resources/{slug}").get("get").get("responses").propertyNames())
			.containsExactlyInAnyOrder("200", "301", "304", "404");
		document.get("paths")
			.forEach(
					(path) -> assertThat(path.get("get").get("responses").get("200").get("content")).as(path.toString())
						.isNotNull());
		// Each response record is described by a schema of its own name with its own
		// fields.
		JsonNode schemas = document.get("components").get("schemas");
		for (Class<?> type : List.of(ResourceList.class, ResourceList.PageInfo.class, ResourceList.PageLinks.class,
				ResourceItem.class, ResourceItem.Term.class, ResourceItem.Ages.class, ResourceItem.Cost.class,
				ResourceItem.ResourceLinks.class, ResourceDetail.class, ResourceDetail.ResourceReference.class,
				ResourceDetail.AttachmentItem.class, ResourceDetail.ChangeItem.class, TermItem.class,
				TermItem.TermLinks.class, ContactItem.class, ContactItem.ContactLinks.class)) {
			JsonNode schema = schemas.get(type.getSimpleName());
			assertThat(schema).as(type.getSimpleName()).isNotNull();
			assertThat(schema.get("properties").propertyNames()).as(type.getSimpleName())
				.containsExactlyInAnyOrder(
						Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new));
		}
	}

	@Test
	void aListCostsTheSameStatementsHoweverManyResourcesItShows() {
		long small = statements("/api/v1/resources?size=5");
		long large = statements("/api/v1/resources?size=100");
		long filtered = statements("/api/v1/resources?size=50&type=guidance&topic=" + OpenDataFixture.TOPIC);

		assertThat(small).isPositive().isLessThanOrEqualTo(3).isEqualTo(large);
		// Checking slugs reads the three vocabularies, which are then kept a few seconds
		// (Catalogue.termsForFilters).
		assertThat(filtered).isEqualTo(small);
	}

	private long statements(String path) {
		return StatementCount.fewest(this.entityManagerFactory,
				() -> assertThat(send("GET", path).statusCode()).isEqualTo(200));
	}

	private static JsonNode assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri() + " " + response.headers().map() + " " + response.body())
			.isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString())
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		return problem;
	}

	private JsonNode json(String path) {
		HttpResponse<String> response = send("GET", path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private long total(String path) {
		return json(path).get("page").get("totalItems").asLong();
	}

	private static List<String> titles(JsonNode list) {
		return list.get("items").findValuesAsString("title");
	}

	private static List<String> fieldNames(JsonNode node) {
		return new ArrayList<>(node.propertyNames());
	}

	private static JsonNode find(JsonNode list, String slug) {
		for (JsonNode item : list.get("items")) {
			if (item.get("slug").asString().equals(slug)) {
				return item;
			}
		}
		throw new AssertionError("No " + slug + " in " + list);
	}

	private static long count(JsonNode list, String slug) {
		return find(list, slug).get("resourceCount").asLong();
	}

	private HttpResponse<String> send(String method, String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
