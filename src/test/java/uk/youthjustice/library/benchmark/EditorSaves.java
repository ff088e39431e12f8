package uk.youthjustice.library.benchmark;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.jsoup.Connection.KeyVal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import uk.youthjustice.library.support.SignIn;
import uk.youthjustice.library.support.WebSession;

/**
 * A signed-in editor saving one resource again and again, as an editor at work would:
 * open the edit form, change the description, save it with the form's own CSRF token, and
 * expect the redirect to the saved resource. Runs on a thread of its own at a fixed
 * interval beside the load generator; {@link #take()} hands over what happened so far.
 */
final class EditorSaves implements AutoCloseable {

	private static final Pattern EARLIER_MARK = Pattern.compile("\\s*Soak save \\d+\\.$");

	private final WebSession session;

	private final String path;

	private final Duration every;

	private final Thread thread;

	private final Object lock = new Object();

	private Histogram latency = histogram();

	private Map<String, Long> failures = new TreeMap<>();

	private long saves;

	private volatile boolean stopping;

	private EditorSaves(WebSession session, long resourceId, Duration every) {
		this.session = session;
		this.path = "/admin/resources/" + resourceId + "/edit";
		this.every = every;
		this.thread = new Thread(this::run, "editor-saves");
		this.thread.setDaemon(true);
	}

	/**
	 * Signs the editor in and starts saving.
	 * @param port the library's port on localhost
	 * @param editor an editor's account
	 * @param resourceId the resource to save
	 * @param every one save this often
	 * @return the running editor
	 */
	static EditorSaves start(int port, SignIn editor, long resourceId, Duration every) {
		EditorSaves saves = new EditorSaves(WebSession.signedIn(port, editor), resourceId, every);
		saves.saveOnce();
		Result first = saves.take();
		if (!first.failures().isEmpty()) {
			throw new IllegalStateException("The first save failed: " + first.failures());
		}
		saves.thread.start();
		return saves;
	}

	private void run() {
		long due = System.nanoTime();
		while (!this.stopping) {
			due += this.every.toNanos();
			for (long wait = due - System.nanoTime(); wait > 0 && !this.stopping; wait = due - System.nanoTime()) {
				LockSupport.parkNanos(wait);
			}
			if (!this.stopping) {
				saveOnce();
			}
		}
	}

	private void saveOnce() {
		long began = System.nanoTime();
		String failure = null;
		try {
			HttpResponse<String> page = this.session.get(this.path, "Accept", "text/html");
			if (page.statusCode() != 200) {
				failure = "edit form: HTTP " + page.statusCode();
			}
			else {
				HttpResponse<String> saved = this.session.postWithoutToken(this.path, fields(page.body()));
				String location = saved.headers().firstValue("Location").orElse("");
				if (saved.statusCode() != 302 || location.contains("/login") || location.endsWith("/edit")) {
					Element errors = Jsoup.parse(saved.body()).selectFirst(".govuk-error-summary");
					failure = "save: HTTP " + saved.statusCode() + " " + location
							+ ((errors == null) ? "" : " " + errors.text());
				}
			}
		}
		catch (RuntimeException ex) {
			failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - began);
		synchronized (this.lock) {
			this.saves++;
			this.latency.recordValue(Math.min(micros, this.latency.getHighestTrackableValue()));
			if (failure != null) {
				this.failures.merge(failure, 1L, Long::sum);
			}
		}
	}

	/**
	 * The form's fields as a browser would send them after pressing Save (its CSRF token
	 * among them; no file chosen), with the description marked by this save.
	 */
	private String[] fields(String html) {
		Document page = Jsoup.parse(html);
		FormElement form = page.select("form")
			.forms()
			.stream()
			.filter((candidate) -> candidate.attr("action").endsWith(this.path))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No edit form posting to " + this.path));
		List<String> fileFields = form.select("input[type=file]").eachAttr("name");
		// jsoup sends a text area's text with its white space collapsed; a browser sends
		// it as written.
		Map<String, Deque<String>> areas = new HashMap<>();
		for (Element area : form.select("textarea[name]")) {
			areas.computeIfAbsent(area.attr("name"), (name) -> new ArrayDeque<>()).add(area.wholeText());
		}
		List<String> fields = new ArrayList<>();
		for (KeyVal field : form.formData()) {
			String name = field.key();
			if (fileFields.contains(name) || name.equals("minorChange") || name.equals("changeNote")) {
				continue;
			}
			String value = areas.containsKey(name) ? areas.get(name).poll() : field.value();
			if (name.equals("description")) {
				value = EARLIER_MARK.matcher(value).replaceFirst("") + "\n\nSoak save " + (this.saves + 1) + ".";
			}
			fields.add(name);
			fields.add(value);
		}
		// A published resource's edit needs a change note or the minor-change box: minor,
		// as typo fixes are.
		fields.addAll(List.of("minorChange", "true", "changeNote", ""));
		Element token = form.selectFirst("input[name=_csrf]");
		if (token == null) {
			throw new IllegalStateException("No CSRF token in the edit form");
		}
		return fields.toArray(String[]::new);
	}

	/** What happened since the last call, and starts counting afresh. */
	Result take() {
		synchronized (this.lock) {
			Result result = new Result(this.saves, this.failures, this.latency);
			this.saves = 0;
			this.failures = new TreeMap<>();
			this.latency = histogram();
			return result;
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.stopping = true;
		// Woken, not interrupted: an interrupt would fail a save in flight.
		LockSupport.unpark(this.thread);
		this.thread.join(Duration.ofMinutes(1).toMillis());
	}

	private static Histogram histogram() {
		return new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
	}

	/**
	 * Saves in one stretch.
	 *
	 * @param saves saves attempted
	 * @param failures failed saves by kind
	 * @param latency time for the form and the save together, µs
	 */
	record Result(long saves, Map<String, Long> failures, Histogram latency) {

		double percentileMillis(double percentile) {
			return this.latency.getValueAtPercentile(percentile) / 1_000.0;
		}

	}

}
