package uk.youthjustice.library.legacy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Sex;

/**
 * Splits the text of an old hub listing page into items. Pure Java and stateless.
 *
 * <p>
 * The page lists items one after another. An item may start with a date line (‘Friday, 24
 * June 2016 11:38’) followed by its title; practice examples then have ‘Summary:’,
 * ‘Age:’, ‘Sex:’ and ‘Cost:’ lines, aims as bullets, description paragraphs, the
 * ‘Implementing the Practice’ bullets and contact blocks; an item ends with ‘Published in
 * &lt;Category&gt;’. Many items lack some of this: text without a date or title, without
 * a category, guidance without the practice fields. So a new item also starts at a date
 * line, at a practice field after the current item’s body, and at text after a contact
 * block. An item without a category is reported and not imported: the parser does not
 * guess where it belongs.
 */
final class LegacyPageParser {

	/** The longest title, summary, aim, step and cost text the library keeps. */
	static final int TITLE_LIMIT = 300;

	static final int SUMMARY_LIMIT = 1000;

	static final int AIM_LIMIT = 1000;

	static final int STEP_LIMIT = 2000;

	static final int COST_LIMIT = 300;

	/** Dates before this year are the CMS’s placeholders, not real ones. */
	static final int EARLIEST_YEAR = 1995;

	private static final Pattern DATE = Pattern.compile(
			"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(\\d{1,2})\\s+([A-Za-z]+)\\s+(-?\\d{1,4})(?:\\s+(\\d{1,2}):(\\d{2}))?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PUBLISHED_IN = Pattern.compile("Published in\\s*:?\\s+([^\\d.!?:;]{2,60}?)\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern IMPLEMENTING = Pattern.compile("Implementing the practice\\s*:?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LABELLED = Pattern.compile("([A-Za-z][A-Za-z /-]{0,30}?)\\s*:\\s*(.*)");

	private static final Pattern BULLET = Pattern
		.compile("(?:[\\u2022\\u00B7\\u25AA\\u25CF\\u2023\\u25E6]|[*-](?=\\s))\\s*(.*)");

	private static final List<Pattern> NOISE = List.of(
			Pattern.compile("Page\\s+\\d+\\s+of\\s+\\d+", Pattern.CASE_INSENSITIVE),
			Pattern.compile("JUser\\s*:.*", Pattern.CASE_INSENSITIVE),
			Pattern.compile(".*Unable to load user with ID.*", Pattern.CASE_INSENSITIVE),
			Pattern.compile("Read more\\s*(?:\\.\\.\\.|…|:.*)?", Pattern.CASE_INSENSITIVE));

	private static final Pattern BROKEN_LINK = Pattern.compile("\\bclick here\\b|\\byou can do so here\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern AGE_RANGE = Pattern
		.compile("(\\d{1,2})\\s*(?:-|–|—|to)\\s*(\\d{1,2})\\s*(?:years?|yrs)?\\s*(.*)", Pattern.CASE_INSENSITIVE);

	private static final Pattern AGE_FROM = Pattern.compile("(\\d{1,2})\\s*\\+\\s*(.*)");

	private static final Pattern AGE_UP_TO = Pattern.compile("(?:up to|under)\\s+(\\d{1,2})\\s*(.*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");

	private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?:\\s|$)");

	private static final int TITLE_WORDS = 14;

	private enum Label {

		SUMMARY("Summary"), AGE("Age"), SEX("Sex"), COST("Cost"), ORGANISATION(null), CONTACT_DETAILS(null), NAME(null),
		TELEPHONE(null), EMAIL(null), SOURCE(null), WEB(null);

		final String field;

		Label(String field) {
			this.field = field;
		}

		boolean isField() {
			return this.field != null;
		}

	}

	private static final Map<String, Label> LABELS = labels();

	private static Map<String, Label> labels() {
		Map<String, Label> labels = new LinkedHashMap<>();
		labels.put("summary", Label.SUMMARY);
		labels.put("age", Label.AGE);
		labels.put("ages", Label.AGE);
		labels.put("age range", Label.AGE);
		labels.put("sex", Label.SEX);
		labels.put("gender", Label.SEX);
		labels.put("cost", Label.COST);
		for (String team : List.of("yot", "yos", "yjs", "yot/yos", "yos/yot", "yot/yjs", "yjs/yot", "yot / yos")) {
			labels.put(team, Label.ORGANISATION);
		}
		labels.put("contact details", Label.CONTACT_DETAILS);
		labels.put("contact", Label.CONTACT_DETAILS);
		labels.put("name", Label.NAME);
		labels.put("telephone", Label.TELEPHONE);
		labels.put("tel", Label.TELEPHONE);
		labels.put("phone", Label.TELEPHONE);
		labels.put("email", Label.EMAIL);
		labels.put("e-mail", Label.EMAIL);
		labels.put("e mail", Label.EMAIL);
		labels.put("source organisation", Label.SOURCE);
		labels.put("source organization", Label.SOURCE);
		labels.put("web", Label.WEB);
		labels.put("website", Label.WEB);
		labels.put("web site", Label.WEB);
		return Map.copyOf(labels);
	}

	private LegacyPageParser() {
	}

	/**
	 * Parses one page.
	 * @param text the page, with any line endings
	 * @return its items and what was dropped
	 */
	static ParsedPage parse(String text) {
		List<ParsedItem> items = new ArrayList<>();
		List<String> pageWarnings = new ArrayList<>();
		int dropped = 0;
		ItemBuilder current = null;
		String[] lines = text.split("\\r\\n|\\r|\\n", -1);
		for (int i = 0; i < lines.length; i++) {
			int number = i + 1;
			String line = clean(lines[i]);
			if (line.isEmpty()) {
				continue;
			}
			if (NOISE.stream().anyMatch((noise) -> noise.matcher(line).matches())) {
				dropped++;
				continue;
			}
			Matcher date = DATE.matcher(line);
			if (date.matches()) {
				close(current, items);
				current = new ItemBuilder(number);
				current.date(line, date);
				continue;
			}
			Matcher publishedIn = PUBLISHED_IN.matcher(line);
			if (publishedIn.matches()) {
				if (current == null || current.isEmpty()) {
					pageWarnings.add("line " + number + ": ‘" + line + "’ follows no item: ignored");
				}
				else {
					current.category = publishedIn.group(1).strip();
					close(current, items);
				}
				current = null;
				continue;
			}
			if (current == null) {
				current = new ItemBuilder(number);
			}
			if (current.expectingTitle) {
				current.expectingTitle = false;
				if (label(line) == null && !BULLET.matcher(line).matches() && !IMPLEMENTING.matcher(line).matches()) {
					current.title(line);
					continue;
				}
				current.warn("date line without a title after it");
			}
			current = accept(current, line, number, items);
		}
		close(current, items);
		return new ParsedPage(List.copyOf(items), dropped, List.copyOf(pageWarnings));
	}

	/** Adds a line to the item, or closes it and starts the next one with the line. */
	private static ItemBuilder accept(ItemBuilder item, String line, int number, List<ParsedItem> items) {
		ItemBuilder current = item;
		Labelled labelled = label(line);
		boolean startsNext = (labelled != null && labelled.label().isField() && current.hasBody())
				|| (current.section == Section.CONTACTS && (labelled == null || labelled.label().isField()));
		if (startsNext) {
			close(current, items);
			current = new ItemBuilder(number);
		}
		if (labelled != null) {
			current.labelled(labelled, number);
			return current;
		}
		if (IMPLEMENTING.matcher(line).matches()) {
			current.section = Section.IMPLEMENTING;
			current.implementingHeading = true;
			return current;
		}
		Matcher bullet = BULLET.matcher(line);
		if (bullet.matches()) {
			current.bullet(clean(bullet.group(1)));
		}
		else {
			current.text(line);
		}
		return current;
	}

	private static void close(ItemBuilder item, List<ParsedItem> items) {
		if (item != null && !item.isEmpty()) {
			items.add(item.build());
		}
	}

	/**
	 * A line without the spaces the CMS left around it: ordinary, no-break and zero-width
	 * spaces and the byte order mark.
	 */
	static String clean(String line) {
		return line.replace('\u00A0', ' ')
			.replace('\u2007', ' ')
			.replace('\u202F', ' ')
			.replace("\u200B", "")
			.replace("\uFEFF", "")
			.replace('\t', ' ')
			.strip()
			.replaceAll(" {2,}", " ");
	}

	private record Labelled(Label label, String name, String value) {
	}

	private static Labelled label(String line) {
		Matcher matcher = LABELLED.matcher(line);
		if (!matcher.matches()) {
			return null;
		}
		String name = matcher.group(1).strip();
		Label label = LABELS.get(name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
		return (label != null) ? new Labelled(label, name, clean(matcher.group(2))) : null;
	}

	private enum Section {

		BODY, IMPLEMENTING, CONTACTS

	}

	/** Collects one item’s lines. */
	private static final class ItemBuilder {

		final int line;

		LocalDateTime date;

		boolean dated;

		boolean expectingTitle;

		String title;

		String category;

		Section section = Section.BODY;

		boolean implementingHeading;

		final Map<Label, String> fields = new LinkedHashMap<>();

		final List<String> aims = new ArrayList<>();

		final List<String> steps = new ArrayList<>();

		final List<String> paragraphs = new ArrayList<>();

		final StringBuilder description = new StringBuilder();

		boolean inList;

		final List<ContactBuilder> contacts = new ArrayList<>();

		ContactBuilder source;

		ContactBuilder contact;

		final List<String> warnings = new ArrayList<>();

		ItemBuilder(int line) {
			this.line = line;
		}

		void warn(String warning) {
			if (!this.warnings.contains(warning)) {
				this.warnings.add(warning);
			}
		}

		boolean isEmpty() {
			return !this.dated && this.title == null && this.fields.isEmpty() && !hasBody();
		}

		boolean hasBody() {
			return !this.aims.isEmpty() || !this.steps.isEmpty() || !this.paragraphs.isEmpty()
					|| this.description.length() > 0 || !this.contacts.isEmpty() || this.source != null
					|| this.implementingHeading;
		}

		void date(String text, Matcher matcher) {
			this.dated = true;
			this.expectingTitle = true;
			this.date = parseDate(matcher);
			if (this.date == null) {
				warn("placeholder date ‘" + text + "’: left unset");
			}
		}

		void title(String text) {
			if (text.length() > TITLE_LIMIT) {
				warn("title longer than " + TITLE_LIMIT + " characters: shortened");
				this.title = shorten(text, TITLE_LIMIT);
			}
			else {
				this.title = text;
			}
		}

		void labelled(Labelled labelled, int number) {
			Label label = labelled.label();
			String value = labelled.value();
			if (label.isField()) {
				this.section = Section.BODY;
				String kept = this.fields.get(label);
				if (kept != null) {
					warn("two " + label.field + " lines: kept " + (kept.isEmpty() ? "the first (empty)" : kept));
				}
				else {
					this.fields.put(label, value);
				}
				return;
			}
			this.section = Section.CONTACTS;
			if (value.isEmpty()) {
				warn("empty ‘" + labelled.name() + ":’ line " + number + ": left out");
				return;
			}
			switch (label) {
				case ORGANISATION -> {
					if (this.contact != null && this.contact.organisation == null && this.contact != this.source) {
						this.contact.organisation = value;
					}
					else {
						newContact().organisation = value;
					}
				}
				case CONTACT_DETAILS -> newContact().personName = value;
				case NAME -> {
					if (this.contact == null) {
						newContact().personName = value;
					}
					else if (this.contact.personName == null) {
						this.contact.personName = value;
					}
					else if (this.contact == this.source) {
						warn("two names for the source organisation: kept " + this.contact.personName);
					}
					else {
						String organisation = this.contact.organisation;
						newContact().organisation = organisation;
						this.contact.personName = value;
					}
				}
				case TELEPHONE -> current(labelled).telephone(value, this);
				case EMAIL -> current(labelled).email(value, this);
				case WEB -> current(labelled).website(value, this);
				case SOURCE -> {
					if (this.source != null) {
						warn("two Source Organisation blocks: kept " + this.source.organisation);
						this.contact = new ContactBuilder();
					}
					else {
						this.source = new ContactBuilder();
						this.source.organisation = value;
						this.contact = this.source;
					}
				}
				default -> throw new IllegalStateException("Not a contact line: " + label);
			}
		}

		private ContactBuilder newContact() {
			this.contact = new ContactBuilder();
			this.contacts.add(this.contact);
			return this.contact;
		}

		private ContactBuilder current(Labelled labelled) {
			return (this.contact != null) ? this.contact : newContact();
		}

		void bullet(String text) {
			if (text.isEmpty()) {
				return;
			}
			if (this.section == Section.IMPLEMENTING) {
				this.steps.add(limited(text, STEP_LIMIT, "an implementation step"));
				return;
			}
			if (this.paragraphs.isEmpty() && this.description.length() == 0
					&& (!this.fields.isEmpty() || this.title != null)) {
				this.aims.add(limited(text, AIM_LIMIT, "an aim"));
				return;
			}
			if (!this.inList) {
				this.description.append(this.description.length() > 0 ? "\n\n" : "");
				this.inList = true;
			}
			else {
				this.description.append('\n');
			}
			this.description.append("- ").append(text);
		}

		void text(String text) {
			if (BROKEN_LINK.matcher(text).find()) {
				warn("broken link (‘" + shorten(text, 60) + "’): the address was lost, check the original");
			}
			if (this.section == Section.IMPLEMENTING && this.steps.isEmpty()) {
				this.steps.add(limited(text, STEP_LIMIT, "an implementation step"));
				return;
			}
			this.section = Section.BODY;
			this.paragraphs.add(text);
			this.description.append(this.description.length() > 0 ? "\n\n" : "").append(escape(text));
			this.inList = false;
		}

		private String limited(String text, int limit, String what) {
			if (text.length() <= limit) {
				return text;
			}
			warn(what + " longer than " + limit + " characters: shortened");
			return shorten(text, limit);
		}

		ParsedItem build() {
			List<String> found = new ArrayList<>();
			if (this.dated) {
				found.add((this.date != null) ? "date" : "placeholder date");
			}
			else {
				warn("no date: left unset");
			}
			boolean practice = !this.fields.isEmpty() || !this.steps.isEmpty() || this.implementingHeading
					|| this.contacts.stream().anyMatch((c) -> c.organisation != null);
			String summary = summary(found);
			String title = this.title;
			boolean titleFromText = false;
			if (title != null) {
				found.add("title");
			}
			else {
				title = titleFromText(summary);
				titleFromText = title != null;
				if (titleFromText && this.category != null) {
					warn("no title line: titled from the opening words, kept as a draft for an editor to retitle");
				}
			}
			AgeRange age = age(found);
			Sex sex = sex(found);
			CostKind costKind = CostKind.NOT_STATED;
			String costText = null;
			String cost = this.fields.get(Label.COST);
			if (cost != null) {
				found.add("cost");
				costKind = costKind(cost);
				if (costKind == CostKind.HAS_COST && !cost.equalsIgnoreCase("yes")) {
					costText = limited(cost, COST_LIMIT, "the cost");
				}
			}
			if (!this.aims.isEmpty()) {
				found.add(count(this.aims.size(), "aim"));
			}
			if (!this.paragraphs.isEmpty() || this.description.length() > 0) {
				found.add("description");
			}
			if (this.implementingHeading || !this.steps.isEmpty()) {
				found.add(count(this.steps.size(), "implementation step"));
				if (this.steps.isEmpty()) {
					warn("‘Implementing the Practice’ with no steps after it");
				}
			}
			List<ParsedContact> contacts = new ArrayList<>();
			for (ContactBuilder builder : this.contacts) {
				ParsedContact built = builder.build(this);
				if (built != null) {
					contacts.add(built);
				}
			}
			if (!contacts.isEmpty()) {
				found.add(count(contacts.size(), "contact"));
			}
			ParsedContact source = (this.source != null) ? this.source.build(this) : null;
			if (source != null) {
				found.add("source organisation");
			}
			if (this.category != null) {
				found.add("category");
			}
			return new ParsedItem(this.line, practice ? ResourceKind.PRACTICE_EXAMPLE : ResourceKind.GUIDANCE_DOCUMENT,
					title, titleFromText, this.date, this.category, summary, age, sex, costKind, costText,
					List.copyOf(this.aims), (this.description.length() > 0) ? this.description.toString() : null,
					List.copyOf(this.steps), List.copyOf(contacts), source, List.copyOf(found),
					List.copyOf(this.warnings));
		}

		private String summary(List<String> found) {
			String summary = this.fields.get(Label.SUMMARY);
			if (summary != null && !summary.isEmpty()) {
				found.add("summary");
				return limited(summary, SUMMARY_LIMIT, "the summary");
			}
			if (!this.paragraphs.isEmpty() && this.paragraphs.get(0).length() <= SUMMARY_LIMIT) {
				return this.paragraphs.get(0);
			}
			return null;
		}

		private String titleFromText(String summary) {
			String text = (summary != null) ? summary : this.paragraphs.isEmpty() ? null : this.paragraphs.get(0);
			if (text == null) {
				return null;
			}
			Matcher sentence = FIRST_SENTENCE.matcher(text);
			String first = sentence.find() ? sentence.group(1) : text;
			String[] words = first.split("\\s+");
			if (words.length <= TITLE_WORDS) {
				return shorten(first.replaceAll("[.!?]$", ""), TITLE_LIMIT);
			}
			return shorten(String.join(" ", List.of(words).subList(0, TITLE_WORDS)) + "…", TITLE_LIMIT);
		}

		private AgeRange age(List<String> found) {
			String age = this.fields.get(Label.AGE);
			if (age == null) {
				return null;
			}
			found.add("age");
			AgeRange range = parseAge(age);
			if (range == null) {
				warn("age ‘" + age + "’ not understood: left unset");
				return null;
			}
			String rest = ageRemark(age);
			if (rest != null && !rest.isEmpty()) {
				warn("age ‘" + age + "’: kept " + describe(range) + ", the rest left out");
			}
			return range;
		}

		private Sex sex(List<String> found) {
			String sex = this.fields.get(Label.SEX);
			if (sex == null) {
				return null;
			}
			found.add("sex");
			Sex parsed = parseSex(sex);
			if (parsed == null) {
				warn("sex ‘" + sex + "’ not understood: left as not applicable");
			}
			return parsed;
		}

	}

	/** One contact block while it is read. */
	private static final class ContactBuilder {

		String organisation;

		String personName;

		String telephone;

		String email;

		String website;

		void telephone(String value, ItemBuilder item) {
			if (this.telephone != null) {
				item.warn("two telephone numbers for one contact: kept " + this.telephone);
				return;
			}
			long digits = value.chars().filter(Character::isDigit).count();
			if (digits < 10) {
				item.warn("telephone ‘" + value + "’ looks cut short: kept as written");
			}
			this.telephone = shorten(value, 60);
		}

		void email(String value, ItemBuilder item) {
			String address = value.replaceAll("^mailto:", "").replaceAll("[.,;:]+$", "");
			if (!EMAIL.matcher(address).matches()) {
				item.warn("email ‘" + value + "’ is cut short or not an address: left out");
				return;
			}
			if (this.email != null) {
				item.warn("two emails for one contact: kept " + this.email);
				return;
			}
			this.email = address;
		}

		void website(String value, ItemBuilder item) {
			if (value.contains(" ") || !value.contains(".")) {
				item.warn("web address ‘" + value + "’ not understood: left out");
				return;
			}
			this.website = value.matches("(?i)https?://.*") ? value : "https://" + value;
		}

		ParsedContact build(ItemBuilder item) {
			if (this.organisation == null) {
				String who = (this.personName != null) ? this.personName
						: (this.email != null) ? this.email : "a contact";
				item.warn("contact " + who + " names no organisation: left out");
				return null;
			}
			return new ParsedContact(shorten(this.organisation, 200), shorten(this.personName, 200), this.telephone,
					this.email, this.website);
		}

	}

	static LocalDateTime parseDate(Matcher date) {
		try {
			int year = Integer.parseInt(date.group(4));
			if (year < EARLIEST_YEAR) {
				return null;
			}
			Month month = Month.valueOf(date.group(3).toUpperCase(Locale.ROOT));
			LocalDateTime at = LocalDateTime.of(year, month, Integer.parseInt(date.group(2)),
					(date.group(5) != null) ? Integer.parseInt(date.group(5)) : 0,
					(date.group(6) != null) ? Integer.parseInt(date.group(6)) : 0);
			DayOfWeek named = DayOfWeek.valueOf(date.group(1).toUpperCase(Locale.ROOT));
			return (at.getDayOfWeek() == named) ? at : null;
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			return null;
		}
	}

	static AgeRange parseAge(String text) {
		String age = text.strip();
		if (isNotApplicable(age)) {
			return AgeRange.NOT_APPLICABLE;
		}
		Matcher range = AGE_RANGE.matcher(age);
		if (range.matches()) {
			int from = Integer.parseInt(range.group(1));
			int to = Integer.parseInt(range.group(2));
			return (from <= to) ? new AgeRange(from, to) : null;
		}
		Matcher from = AGE_FROM.matcher(age);
		if (from.matches()) {
			return new AgeRange(Integer.parseInt(from.group(1)), null);
		}
		Matcher upTo = AGE_UP_TO.matcher(age);
		if (upTo.matches()) {
			return new AgeRange(null, Integer.parseInt(upTo.group(1)));
		}
		return null;
	}

	private static String ageRemark(String text) {
		for (Pattern pattern : List.of(AGE_RANGE, AGE_FROM, AGE_UP_TO)) {
			Matcher matcher = pattern.matcher(text.strip());
			if (matcher.matches()) {
				return matcher.group(matcher.groupCount()).strip();
			}
		}
		return null;
	}

	static String describe(AgeRange range) {
		if (!range.isApplicable()) {
			return "n/a";
		}
		if (range.minimum() == null) {
			return "up to " + range.maximum();
		}
		return (range.maximum() == null) ? range.minimum() + "+" : range.minimum() + "-" + range.maximum();
	}

	static Sex parseSex(String text) {
		String sex = text.strip().toLowerCase(Locale.ROOT);
		if (isNotApplicable(sex) || sex.matches("both|all|any|mixed|male and female|males and females")) {
			return Sex.NOT_APPLICABLE;
		}
		if (sex.matches("males?|boys?|young men")) {
			return Sex.MALE;
		}
		if (sex.matches("females?|girls?|young women")) {
			return Sex.FEMALE;
		}
		return null;
	}

	static CostKind costKind(String text) {
		String cost = text.strip().toLowerCase(Locale.ROOT);
		if (cost.isEmpty() || isNotApplicable(cost)) {
			return CostKind.NOT_STATED;
		}
		if (cost.matches("none\\.?|no\\.?|nil|free|no cost|£0|0")) {
			return CostKind.NONE;
		}
		return CostKind.HAS_COST;
	}

	private static boolean isNotApplicable(String text) {
		return text.matches("(?i)n/?a|not applicable|none stated|-");
	}

	private static String count(int count, String what) {
		return count + " " + what + ((count == 1) ? "" : "s");
	}

	/** Text that Markdown would otherwise read as a heading, a list or a quote. */
	private static String escape(String text) {
		if (text.matches("^(#|>|\\d+[.)]\\s|[+]\\s).*")) {
			return "\\" + text;
		}
		return text;
	}

	static String shorten(String text, int limit) {
		if (text == null || text.length() <= limit) {
			return text;
		}
		String cut = text.substring(0, limit - 1);
		int space = cut.lastIndexOf(' ');
		return ((space > limit / 2) ? cut.substring(0, space) : cut).strip() + "…";
	}

}
