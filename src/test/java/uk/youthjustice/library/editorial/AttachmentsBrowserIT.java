package uk.youthjustice.library.editorial;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.youthjustice.library.accounts.Accounts;
import uk.youthjustice.library.accounts.Role;
import uk.youthjustice.library.attachments.Attachments;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.support.Browser;
import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WithLibrary;
import uk.youthjustice.library.system.DateInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors attaching files in Chromium: "Add attachment" as a plain form post and with the
 * upload-progress script, a missing and an oversized file, the overview's list with its
 * moves, changing and removing an attachment, and the resource form keeping a file across
 * a validation error. Every page passes the accessibility checks.
 */
@WithLibrary
class AttachmentsBrowserIT {

	@RegisterExtension
	static final Browser browser = new Browser();

	static final Path FILES = Path.of("target/attachments-browser");

	static Path pdf;

	static Path text;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Editing editing;

	@Autowired
	Attachments attachments;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@BeforeAll
	static void files() throws IOException {
		Files.createDirectories(FILES);
		pdf = FILES.resolve("referral-form.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("Referral form for the youth offending team");
				content.endText();
			}
			document.save(pdf.toFile());
		}
		// Big enough that sending it takes several progress events.
		text = FILES.resolve("minutes.txt");
		Files.writeString(text, "Minutes of the panel meeting.\n".repeat(200_000), StandardCharsets.UTF_8);
	}

	@Test
	void anEditorAttachesFilesReordersChangesAndRemovesThem() {
		long id = draft("Attachments " + this.unique);
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get(url("/admin/resources/" + id));
		assertThat(driver.findElement(By.cssSelector("#attachments p")).getText())
			.isEqualTo("This resource has no attachments yet.");
		browser.checkPage("attachments-overview-empty");

		browser.follow(By.cssSelector("#attachments a.govuk-button"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Add attachment");
		browser.checkPage("attachment-new");

		browser.follow(By.cssSelector("main .govuk-button-group button"));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.id("file-error")).getText()).isEqualTo("Error:\nSelect a file");
		browser.checkRenderedPage("attachment-new-error");

		// As a browser without JavaScript sends it: a plain post, then the overview.
		driver.findElement(By.id("title")).sendKeys("Referral form");
		driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		WebElement form = driver.findElement(By.cssSelector("main form"));
		((JavascriptExecutor) driver).executeScript("HTMLFormElement.prototype.submit.call(arguments[0])", form);
		waitForUrl("/admin/resources/" + id);
		assertThat(notice()).isEqualTo("‘Referral form’ was attached; its text is being read.");
		assertThat(titles()).containsExactly("Referral form");

		// With JavaScript: the progress bar shows while the form is sent.
		driver.get(url("/admin/resources/" + id + "/attachments/new"));
		driver.findElement(By.id("file")).sendKeys(text.toAbsolutePath().toString());
		recordProgress();
		driver.findElement(By.cssSelector("main .govuk-button-group button")).click();
		waitForUrl("/admin/resources/" + id);
		assertThat(notice()).isEqualTo("‘minutes’ was attached; its text is being read.");
		assertThat(titles()).containsExactly("Referral form", "minutes");
		@SuppressWarnings("unchecked")
		List<String> seen = (List<String>) ((JavascriptExecutor) driver).executeScript("return window.progressSeen");
		assertThat(seen).as("progress bar states while sending").isNotEmpty().contains("shown");
		assertThat(seen).anyMatch((state) -> state.endsWith("% uploaded"));
		browser.checkRenderedPage("attachments-overview-after-script");
		browser.checkPage("attachments-overview");

		browser.follow(By.cssSelector("#attachments li:first-child form button"));
		assertThat(titles()).containsExactly("minutes", "Referral form");
		assertThat(notice()).isEqualTo("‘Referral form’ was moved down.");
		browser.follow(By.cssSelector("#attachments li:last-child form button"));
		assertThat(titles()).containsExactly("Referral form", "minutes");
		assertThat(notice()).isEqualTo("‘Referral form’ was moved up.");
		browser.follow(By.cssSelector("#attachments li:first-child form button"));
		assertThat(titles()).containsExactly("minutes", "Referral form");

		browser.follow(By.xpath("//a[contains(., 'Change') and contains(., 'Referral form')]"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Change attachment");
		browser.checkPage("attachment-edit");
		driver.findElement(By.id("title")).clear();
		browser.follow(By.cssSelector("main .govuk-button-group button"));
		assertThat(driver.findElement(By.id("title-error")).getText()).contains("Enter a title");
		browser.checkRenderedPage("attachment-edit-error");
		driver.findElement(By.id("title")).sendKeys("Referral form (2026)");
		driver.findElement(By.cssSelector("label[for=accessibleFormatOnRequest]")).click();
		browser.follow(By.cssSelector("main .govuk-button-group button"));
		assertThat(titles()).containsExactly("minutes", "Referral form (2026)");
		assertThat(driver.findElement(By.cssSelector("#attachments li:last-child")).getText())
			.contains("Available on request");

		browser.follow(By.xpath("//a[contains(., 'Remove') and contains(., 'minutes')]"));
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Are you sure you want to remove ‘minutes’?");
		browser.checkPage("attachment-remove");
		browser.follow(By.cssSelector("main form button"));
		assertThat(notice()).isEqualTo("‘minutes’ was removed.");
		assertThat(titles()).containsExactly("Referral form (2026)");
		assertThat(this.attachments.forResource(id)).singleElement()
			.satisfies((attachment) -> assertThat(attachment.isAccessibleFormatOnRequest()).isTrue());
	}

	@Test
	void aFileOverTheLimitIsRefusedWithAMessageWithAndWithoutJavaScript() throws IOException {
		Path large = sized("too-large.pdf", 51);
		long id = draft("Large " + this.unique);
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();
		String page = "/admin/resources/" + id + "/attachments/new";

		driver.get(url(page));
		driver.findElement(By.id("file")).sendKeys(large.toAbsolutePath().toString());
		WebElement form = driver.findElement(By.cssSelector("main form"));
		((JavascriptExecutor) driver).executeScript("HTMLFormElement.prototype.submit.call(arguments[0])", form);
		Browser.waitUpTo(driver, Duration.ofSeconds(30)).until((d) -> !d.findElements(By.id("file-error")).isEmpty());
		assertThat(driver.getCurrentUrl()).endsWith(page);
		// The library refuses it while it streams in, so it can name the file.
		assertThat(driver.findElement(By.id("file-error")).getText())
			.isEqualTo("Error:\ntoo-large.pdf is too big. It must be 50 MB or smaller.");
		browser.checkRenderedPage("attachment-new-too-large");

		driver.findElement(By.id("title")).sendKeys("Large");
		driver.findElement(By.id("file")).sendKeys(large.toAbsolutePath().toString());
		driver.findElement(By.cssSelector("main .govuk-button-group button")).click();
		Browser.waitUpTo(driver, Duration.ofSeconds(30)).until((d) -> !d.findElements(By.id("file-error")).isEmpty());
		assertThat(driver.findElement(By.id("file-error")).getText()).contains("It must be 50 MB or smaller");
		assertThat(driver.findElement(By.id("title")).getAttribute("value")).as("nothing typed is lost")
			.isEqualTo("Large");

		// Over the container's backstop too, which refuses the request unread.
		driver.get(url(page));
		driver.findElement(By.id("file")).sendKeys(sized("far-too-large.pdf", 75).toAbsolutePath().toString());
		((JavascriptExecutor) driver).executeScript("HTMLFormElement.prototype.submit.call(arguments[0])",
				driver.findElement(By.cssSelector("main form")));
		Browser.waitUpTo(driver, Duration.ofSeconds(30)).until((d) -> !d.findElements(By.id("file-error")).isEmpty());
		assertThat(driver.findElement(By.id("file-error")).getText()).contains("smaller than 50 MB");
		assertThat(this.attachments.forResource(id)).isEmpty();
	}

	private static Path sized(String name, long megabytes) throws IOException {
		Path path = FILES.resolve(name);
		try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
			file.setLength(megabytes * 1024 * 1024);
		}
		return path;
	}

	@Test
	void aFileOfARefusedTypeIsNamedWithTheReason() throws IOException {
		Path executable = FILES.resolve("setup.pdf");
		Files.write(executable,
				new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff });
		long id = draft("Refused " + this.unique);
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get(url("/admin/resources/" + id + "/attachments/new"));
		driver.findElement(By.id("title")).sendKeys("Setup");
		driver.findElement(By.id("file")).sendKeys(executable.toAbsolutePath().toString());
		driver.findElement(By.cssSelector("main .govuk-button-group button")).click();
		Browser.waitUpTo(driver, Duration.ofSeconds(15)).until((d) -> !d.findElements(By.id("file-error")).isEmpty());
		assertThat(driver.findElement(By.id("file-error")).getText()).contains("setup.pdf");
		assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("Setup");
		browser.checkRenderedPage("attachment-new-refused");
		assertThat(this.attachments.forResource(id)).isEmpty();
	}

	@Test
	void theResourceFormKeepsAReceivedFileAcrossAValidationError() {
		SignIn.newAccount(this.accounts, Role.EDITOR).into(browser, this.port);
		WebDriver driver = browser.driver();
		driver.get(url("/admin/resources/new?kind=guidance"));
		driver.findElement(By.id("attachment.file")).sendKeys(pdf.toAbsolutePath().toString());
		driver.findElement(By.id("attachment.title")).sendKeys("Referral form");
		driver.findElement(By.cssSelector("main .govuk-button-group button")).click();
		WebElement kept = Browser.waitUpTo(driver, Duration.ofSeconds(15))
			.until((d) -> d.findElements(By.id("kept-file")).stream().findFirst().orElse(null));
		assertThat(kept.getText()).contains("referral-form.pdf is uploaded and will be attached when you save.");
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a title");
		assertThat(driver.findElement(By.id("attachment.title")).getAttribute("value")).isEqualTo("Referral form");
		browser.checkRenderedPage("resource-form-kept-file");

		// The page the script put in place works as the original: "Add another" and the
		// preview need no round trip.
		int groups = driver.findElements(By.cssSelector("[name^=audience]")).size();
		driver.findElement(By.cssSelector("[data-field=audience] .library-add-another__add")).click();
		assertThat(driver.findElements(By.cssSelector("[name^=audience]"))).hasSize(groups + 1);
		assertThat(driver.findElement(By.id("kept-file")).isDisplayed()).isTrue();

		String title = "Guidance with a file " + this.unique;
		driver.findElement(By.id("title")).sendKeys(title);
		new Select(driver.findElement(By.id("category"))).selectByIndex(1);
		browser.follow(By.cssSelector("main .govuk-button-group button"));
		assertThat(driver.getCurrentUrl()).matches(".*/admin/resources/\\d+$");
		assertThat(notice()).isEqualTo("Draft saved. ‘Referral form’ was attached; its text is being read.");
		assertThat(titles()).containsExactly("Referral form");
	}

	private long draft(String title) {
		FormChoices choices = this.editing.choices();
		return this.editing.create(ResourceKind.GUIDANCE_DOCUMENT,
				new ResourceForm(title, "Summary", "Text", choices.categories().get(0).value(), null, "", "", "", null,
						null, "", null, null, List.of("Case managers"), null, "", null, "", "YJB", "", "",
						DateInput.EMPTY, "", false, null));
	}

	/** Notes each state of the progress panel in window.progressSeen. */
	private static void recordProgress() {
		((JavascriptExecutor) browser.driver()).executeScript("""
				window.progressSeen = []
				const panel = document.querySelector('.library-upload-progress')
				new MutationObserver(() => {
				  window.progressSeen.push(panel.hidden ? 'hidden' : 'shown')
				  const status = panel.querySelector('.library-upload-progress__status').textContent
				  if (status) { window.progressSeen.push(status) }
				}).observe(panel, { attributes: true, childList: true, subtree: true, characterData: true })
				""");
	}

	private static String notice() {
		return browser.driver().findElement(By.cssSelector(".govuk-notification-banner__heading")).getText();
	}

	private static List<String> titles() {
		return browser.driver()
			.findElements(By.cssSelector("#attachments li h3 a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private static void waitForUrl(String path) {
		Browser.waitUpTo(browser.driver(), Duration.ofSeconds(30))
			.until((driver) -> driver.getCurrentUrl().endsWith(path)
					&& !driver.findElements(By.cssSelector(".govuk-notification-banner__heading")).isEmpty());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
