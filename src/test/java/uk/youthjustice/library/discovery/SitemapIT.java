package uk.youthjustice.library.discovery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.discovery.DemoContent.Item;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The sitemap and robots.txt over HTTP, checked against the sitemaps.org schema. */
@WithLibrary
class SitemapIT {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String BASE = "http://localhost";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Clock clock;

	@Test
	void theSitemapIsValidAgainstTheSitemapsOrgSchema() throws Exception {
		HttpResponse<byte[]> response = get("/sitemap.xml");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
		schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(response.body())));
	}

	@Test
	void theSchemaRejectsAnAddressWithoutItsLocation() throws Exception {
		byte[] broken = ("<urlset xmlns=\"" + NAMESPACE + "\"><url><lastmod>2024-01-01</lastmod></url></urlset>")
			.getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(SAXException.class)
			.isThrownBy(() -> schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(broken))));
	}

	@Test
	void theSitemapListsEveryPublicPageOnceAndNothingThePublicMayNotSee() throws Exception {
		Map<String, String> lastModified = new HashMap<>();
		List<String> locations = new ArrayList<>();
		Document sitemap = parse(get("/sitemap.xml").body());
		NodeList urls = sitemap.getElementsByTagNameNS(NAMESPACE, "url");
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			String location = text(url, "loc");
			locations.add(location);
			lastModified.put(location, text(url, "lastmod"));
		}

		assertThat(locations).doesNotHaveDuplicates()
			.contains(BASE + "/", BASE + "/contacts", BASE + "/accessibility", BASE + "/privacy", BASE + "/cookies",
					BASE + "/open-data")
			.allMatch((location) -> location.startsWith(BASE + "/"));
		DemoContent.categorySlugs().forEach((slug) -> assertThat(locations).contains(BASE + "/categories/" + slug));
		DemoContent.topicSlugs().forEach((slug) -> assertThat(locations).contains(BASE + "/topics/" + slug));
		DemoContent.contactSlugs().forEach((slug) -> assertThat(locations).contains(BASE + "/contacts/" + slug));
		Instant now = this.clock.instant();
		int shown = 0;
		for (Item item : DemoContent.resources()) {
			Resource resource = this.catalogue.findResource(item.slug()).orElseThrow();
			String location = BASE + "/resources/" + item.slug();
			if (resource.isPublicAt(now)) {
				Instant updated = (resource.getUpdatedAt() != null
						&& resource.getUpdatedAt().isAfter(resource.getPublishedAt())) ? resource.getUpdatedAt()
								: resource.getPublishedAt();
				assertThat(lastModified).as(item.slug())
					.containsEntry(location, updated.truncatedTo(ChronoUnit.SECONDS).toString());
				shown++;
			}
			else {
				assertThat(locations).as(item.slug()).doesNotContain(location);
			}
		}
		assertThat(shown).isPositive().isLessThan(DemoContent.resources().size());
	}

	@Test
	void robotsKeepCrawlersOutOfTheEditorsPagesAndPointToTheSitemap() throws Exception {
		HttpResponse<byte[]> response = get("/robots.txt");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("""
				User-agent: *
				Disallow: /admin
				Disallow: /account
				Disallow: /login
				Disallow: /search

				Sitemap: http://localhost/sitemap.xml
				""");
	}

	private static Schema schema() throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		return factory.newSchema(new ClassPathResource("sitemap/sitemap.xsd").getURL());
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static String text(Element url, String name) {
		NodeList found = url.getElementsByTagNameNS(NAMESPACE, name);
		return (found.getLength() > 0) ? found.item(0).getTextContent() : null;
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

}
