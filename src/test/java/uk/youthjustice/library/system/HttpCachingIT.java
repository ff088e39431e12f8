package uk.youthjustice.library.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.support.LocalHttp;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files are linked under content-hashed names and cached for a year; pages are
 * compressed for clients that accept gzip.
 */
@WithLibrary
class HttpCachingIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void pagesLinkFingerprintedStaticFilesThatMayBeCachedForAYear() throws Exception {
		Document home = Jsoup.parse(get("/", "text/html").body());
		List<String> assets = new ArrayList<>(home.select("link[rel=stylesheet]").eachAttr("href"));
		assets.add(home.select("script[type=module]").attr("src"));

		assertThat(assets).hasSize(4).allMatch((href) -> href.matches(".*-[0-9a-f]{32}\\.(css|js)"), "content-hashed");
		for (String asset : assets) {
			HttpResponse<String> response = get(asset, "*/*");
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(asset)
				.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000").contains("public"));
		}
		String importMap = home.select("script[type=importmap]").html();
		assertThat(importMap).containsPattern("govuk-frontend\\.min-[0-9a-f]{32}\\.js");
	}

	@Test
	void pagesAreGzippedForClientsThatAcceptIt() throws Exception {
		HttpResponse<byte[]> response = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
				.header("Accept", "text/html")
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(response.body()[0]).isEqualTo((byte) 0x1f);
		assertThat(response.body()[1]).isEqualTo((byte) 0x8b);
	}

	@Test
	void visitorsGetNoCookie() throws Exception {
		for (String path : List.of("/", "/categories/practice-examples", "/search?q=parenting", "/no-such-page")) {
			assertThat(get(path, "text/html").headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
	}

	private HttpResponse<String> get(String path, String accept) {
		return LocalHttp.get(this.port, path, "Accept", accept);
	}

}
