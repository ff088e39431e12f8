package uk.youthjustice.library.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by Selenium, one browser per test class, with an axe
 * check for WCAG 2.2 AA and a screenshot in target/screenshots when a test fails.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private ChromeDriver driver;

	public ChromeDriver driver() {
		return this.driver;
	}

	/** Fails with every rule broken on the current page, if any. */
	public void assertAccessible() {
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(this.driver);
		List<String> violations = results.getViolations().stream().map(Browser::describe).toList();
		assertThat(violations).as("axe-core WCAG 2.2 AA violations on " + this.driver.getCurrentUrl()).isEmpty();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
		String driverBinary = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
		assertThat(Path.of(binary)).as("Chromium for browser tests (apt-get install chromium chromium-driver)")
			.exists();
		ChromeOptions options = new ChromeOptions().setBinary(binary)
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
					"--window-size=1280,1024", "--lang=en-GB");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(driverBinary).toFile())
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (this.driver == null) {
			return;
		}
		try {
			Path folder = Files.createDirectories(Path.of("target/screenshots"));
			byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
			Files.write(folder.resolve(context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName() + ".png"), png);
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not save a screenshot: " + ex.getMessage());
		}
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

}
