package uk.youthjustice.library.attachments.download;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.attachments.Attachment;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.attachments.TestFiles;
import uk.youthjustice.library.attachments.extraction.ExtractionWorker;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may download what: files of resources the public cannot see are not found for the
 * public but open for editors, uncached; and a public resource's files as one zip.
 */
@WithLibrary
class DownloadAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Attachments attachments;

	@Autowired
	ExtractionWorker extraction;

	@Autowired
	Accounts accounts;

	DownloadFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new DownloadFixture(this.port, this.catalogue, this.attachments, this.extraction);
	}

	@Test
	void filesOfResourcesThePublicCannotSeeAreNotFoundExceptForEditors() {
		Instant past = Instant.now().minus(Duration.ofDays(2));
		Map<String, Consumer<Resource>> hidden = new LinkedHashMap<>();
		hidden.put("draft", (resource) -> {
		});
		hidden.put("scheduled", (resource) -> resource.schedule(Instant.now().plus(Duration.ofDays(3))));
		hidden.put("published in the future", (resource) -> resource.publish(Instant.now().plus(Duration.ofDays(3))));
		hidden.put("archived", (resource) -> {
			resource.publish(past);
			resource.archive();
		});
		hidden.put("unpublished", (resource) -> {
			resource.publish(past);
			resource.returnToDraft();
		});
		WebSession editor = WebSession.signedIn(this.port, SignIn.newAccount(this.accounts, Role.EDITOR));
		byte[] bytes = DownloadFixture.text(3_000, 7);

		hidden.forEach((state, change) -> {
			Attachment file = this.fixture.attach(this.fixture.resource(change), "hidden.txt", bytes);

			HttpResponse<byte[]> anonymous = this.fixture.get(file.getDownloadPath(), "Accept", "text/html");
			assertThat(anonymous.statusCode()).as(state).isEqualTo(404);
			assertThat(new String(anonymous.body(), StandardCharsets.UTF_8)).as(state).contains("Page not found");
			assertThat(this.fixture.head(file.getDownloadPath()).statusCode()).as(state).isEqualTo(404);

			HttpResponse<String> preview = editor.get(file.getDownloadPath());
			assertThat(preview.statusCode()).as(state).isEqualTo(200);
			assertThat(preview.body().getBytes(StandardCharsets.US_ASCII)).as(state).isEqualTo(bytes);
			assertThat(preview.headers().firstValue("Cache-Control")).as(state).hasValue("no-store, private");
		});
	}

	@Test
	void aPublicResourcesFilesComeAsOneZipWithNamesMadeUnique() throws IOException {
		Resource resource = this.fixture.published();
		byte[] first = DownloadFixture.text(5_000, 1);
		byte[] second = DownloadFixture.text(7_000, 2);
		byte[] third = DownloadFixture.text(300, 3);
		byte[] pdf = TestFiles.pdf("Guidance");
		this.fixture.attach(resource, "notes.txt", first);
		this.fixture.attach(resource, "notes.txt", second);
		this.fixture.attach(resource, "NOTES.txt", third);
		this.fixture.attach(resource, "guidance.pdf", pdf);

		HttpResponse<byte[]> answer = this.fixture.get("/resources/" + resource.getSlug() + "/attachments.zip");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(answer.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"" + resource.getSlug() + "-attachments.zip\"");
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		Map<String, byte[]> entries = unzip(answer.body());
		assertThat(entries.keySet()).containsExactly("notes.txt", "notes (2).txt", "NOTES (3).txt", "guidance.pdf");
		assertThat(entries.get("notes.txt")).isEqualTo(first);
		assertThat(entries.get("notes (2).txt")).isEqualTo(second);
		assertThat(entries.get("NOTES (3).txt")).isEqualTo(third);
		assertThat(entries.get("guidance.pdf")).isEqualTo(pdf);
	}

	@Test
	void thereIsNoZipForAResourceWithoutFilesOrHiddenFromThePublic() {
		Resource empty = this.fixture.published();
		Resource draft = this.fixture.resource((resource) -> {
		});
		this.fixture.attach(draft, "draft.txt", DownloadFixture.text(100, 4));

		assertThat(this.fixture.get("/resources/" + empty.getSlug() + "/attachments.zip").statusCode()).isEqualTo(404);
		assertThat(this.fixture.get("/resources/" + draft.getSlug() + "/attachments.zip").statusCode()).isEqualTo(404);
		assertThat(this.fixture.get("/resources/no-such-resource/attachments.zip").statusCode()).isEqualTo(404);
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
