package uk.youthjustice.library.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by Selenium, with the checks every page type must
 * pass ({@link #checkPage}) and a screenshot in target/screenshots when a test fails. One
 * Chromium serves every test class of the run, each class starting it on a blank page
 * with no cookies: starting one took about two seconds a class.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final int PHONE_WIDTH = 375;

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	/**
	 * How often a wait looks again: Selenium's default of half a second slows every step.
	 */
	private static final Duration POLLING = Duration.ofMillis(25);

	private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(Browser.class);

	private ChromeDriver driver;

	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Clicks the link or button that {@code target} finds and waits until the browser has
	 * left the page, so that what follows reads the next page, not this one.
	 */
	public void follow(By target) {
		WebElement element = this.driver.findElement(target);
		element.click();
		waitUpTo(this.driver, Duration.ofSeconds(15)).until((driver) -> isGone(element));
	}

	/** A wait for something in the browser, looking again every 25 ms. */
	public static WebDriverWait waitUpTo(WebDriver driver, Duration timeout) {
		return (WebDriverWait) new WebDriverWait(driver, timeout).pollingEvery(POLLING);
	}

	// Chromium reports an element of a page it has left either as stale or, while the
	// next page is arriving, as a node that "does not belong to the document".
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			return ex.getMessage() != null && ex.getMessage().contains("does not belong to the document");
		}
	}

	/**
	 * Checks the current page the way every page type must pass: zero axe-core WCAG 2.2
	 * AA violations, zero Nu Html Checker errors in the HTML the server sent, no sideways
	 * scrolling at a phone's 375-pixel width; and saves a screenshot of it as
	 * target/screenshots/{name}.png.
	 */
	public void checkPage(String name) {
		assertAccessible();
		HtmlChecker.assertValid(fetch(this.driver.getCurrentUrl(), cookieHeader()),
				name + " (" + this.driver.getCurrentUrl() + ")");
		screenshot(name);
		assertFitsPhoneWidth(name);
	}

	/**
	 * Like {@link #checkPage} for a page that was the answer to a form post, which a
	 * fresh GET would not reproduce: the HTML checked is the browser's copy.
	 */
	public void checkRenderedPage(String name) {
		assertAccessible();
		HtmlChecker.assertValid("<!DOCTYPE html>" + this.driver.getPageSource(), name);
		screenshot(name);
		assertFitsPhoneWidth(name);
	}

	/**
	 * Fails if the current page scrolls sideways at 375 pixels wide; saves a screenshot
	 * as target/screenshots/{name}-phone.png.
	 */
	public void assertFitsPhoneWidth(String name) {
		Dimension desktop = this.driver.manage().window().getSize();
		try {
			this.driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 812));
			Long overflow = (Long) this.driver
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as("sideways scroll at %d px on %s", PHONE_WIDTH, this.driver.getCurrentUrl())
				.isLessThanOrEqualTo(0L);
			screenshot(name + "-phone");
		}
		finally {
			this.driver.manage().window().setSize(desktop);
		}
	}

	/** Saves a PNG of the current page as target/screenshots/{name}.png. */
	public void screenshot(String name) {
		try {
			Path folder = Files.createDirectories(SCREENSHOTS);
			Files.write(folder.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fails with every rule broken on the current page, if any. */
	public void assertAccessible() {
		// Legacy mode runs axe in the page itself rather than finishing in a new blank
		// window, which only cross-origin frames need; the library's pages have none.
		Results results = new AxeBuilder().withTags(WCAG_22_AA).setLegacyMode(true).analyze(this.driver);
		List<String> violations = results.getViolations().stream().map(Browser::describe).toList();
		assertThat(violations).as("axe-core WCAG 2.2 AA violations on " + this.driver.getCurrentUrl()).isEmpty();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.driver = chromiums(context).take();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		chromiums(context).giveBack(this.driver);
		this.driver = null;
	}

	private static Chromiums chromiums(ExtensionContext context) {
		return context.getRoot()
			.getStore(SHARED)
			.getOrComputeIfAbsent(Chromiums.class, (key) -> new Chromiums(), Chromiums.class);
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (this.driver == null) {
			return;
		}
		try {
			screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName());
		}
		catch (RuntimeException ex) {
			System.err.println("Could not save a screenshot: " + ex.getMessage());
		}
	}

	// With the browser's cookies, so that a signed-in page is fetched as the browser saw
	// it rather than as a redirect to the sign-in page.
	private static String fetch(String url, String cookies) {
		return (cookies.isEmpty() ? LocalHttp.getPage(url) : LocalHttp.getPage(url, "Cookie", cookies)).body();
	}

	private String cookieHeader() {
		return this.driver.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
	}

	/**
	 * The run's browsers, quit when the run ends. A class that signs in two people at
	 * once takes two; a browser that has died is replaced. {@code AutoCloseable} is how
	 * JUnit now closes what its store holds; {@code CloseableResource} how it did.
	 */
	private static final class Chromiums implements ExtensionContext.Store.CloseableResource, AutoCloseable {

		private final Deque<ChromeDriver> idle = new ArrayDeque<>();

		private final List<ChromeDriver> all = new ArrayList<>();

		/** A browser on a blank page, with no cookies, cache or log of a class before. */
		ChromeDriver take() {
			ChromeDriver driver = this.idle.poll();
			while (driver != null && !alive(driver)) {
				quit(driver);
				this.all.remove(driver);
				driver = this.idle.poll();
			}
			if (driver == null) {
				driver = start();
				this.all.add(driver);
			}
			driver.get("about:blank");
			driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
			driver.manage().logs().get(LogType.BROWSER);
			driver.manage().window().setSize(new Dimension(1280, 1024));
			return driver;
		}

		void giveBack(ChromeDriver driver) {
			if (driver != null) {
				this.idle.push(driver);
			}
		}

		private static boolean alive(ChromeDriver driver) {
			try {
				driver.getWindowHandle();
				return true;
			}
			catch (WebDriverException ex) {
				return false;
			}
		}

		private static ChromeDriver start() {
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
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return driver;
		}

		private static void quit(ChromeDriver driver) {
			try {
				driver.quit();
			}
			catch (WebDriverException ex) {
				// Already gone.
			}
		}

		@Override
		public void close() {
			this.all.forEach(Chromiums::quit);
			this.all.clear();
			this.idle.clear();
		}

	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

}
