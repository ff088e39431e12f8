package uk.youthjustice.library.search.analytics;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what someone typed into the search box into what the analytics keep: one spelling
 * for searches that differ only in case, width or spacing, and nothing that could
 * identify a person. People paste email addresses, telephone numbers and case numbers
 * into search boxes; those become {@code [email]}, {@code [phone]} and {@code [number]}.
 */
final class SearchNormaliser {

	/** The longest words kept ({@code search_query.query_text}). */
	static final int MAX_WORDS = 200;

	/** The longest filters kept ({@code search_query.filters}). */
	static final int MAX_FILTERS = 1000;

	static final String EMAIL = "[email]";

	static final String PHONE = "[phone]";

	static final String NUMBER = "[number]";

	// Line breaks, tabs, null bytes and every other space or control character.
	private static final Pattern SPACE = Pattern.compile("[\\p{IsWhite_Space}\\p{Cc}\\p{Zl}\\p{Zp}]+");

	// Invisible format characters (bidirectional overrides, zero-width spaces, byte order
	// marks) that would only garble the admin tables; the joiners stay, emoji need them.
	// Unpaired surrogates cannot be stored as UTF-8.
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cs}&&[^\\u200c\\u200d]]");

	// Possessive quantifiers, and a match only from the start of a run: a
	// 10,000-character
	// query costs one pass, never backtracking.
	private static final Pattern EMAIL_ADDRESS = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}._%+'-])"
			+ "[\\p{L}\\p{M}\\p{N}._%+'-]++@[\\p{L}\\p{M}\\p{N}-]++(?:\\.[\\p{L}\\p{M}\\p{N}-]++)*+");

	// National Insurance numbers: two letters, six digits, a letter from A to D.
	private static final Pattern NATIONAL_INSURANCE = Pattern.compile(
			"(?<![\\p{L}\\p{N}])[a-z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[a-d](?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

	// Digits in groups, as numbers are written: 07700 900123, +44 (0)20 7946 0018,
	// 0161-496-0000, 943 476 5919; also straight after a word ("tel07700900123").
	private static final Pattern DIGITS = Pattern.compile("\\+?\\(?\\d(?:[ ().-]{0,3}\\d)++");

	// A list of years ("2019 2020 2021") is a search, not a number.
	private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d\\d(?:[ ().-]{1,3}(?:19|20)\\d\\d)*");

	/**
	 * A UK number has ten or eleven digits with its leading 0; fewer than nine digits are
	 * ages, years, ranges and helplines (0800 1111), which people search for.
	 */
	private static final int LONGEST_ORDINARY_NUMBER = 8;

	private static final Set<String> NOT_FILTERS = Set.of("q", "page", "sort");

	private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z0-9_-]{1,40}");

	private SearchNormaliser() {
	}

	/**
	 * The words as kept: compatibility-normalised (NFKC), lower case, personal data
	 * replaced, spaces collapsed, trimmed, cut to {@value #MAX_WORDS} characters.
	 * @param words what was typed, or {@code null}
	 * @return the words, empty when there were none
	 */
	static String words(String words) {
		if (words == null) {
			return "";
		}
		return cut(clean(words).toLowerCase(Locale.ROOT), MAX_WORDS);
	}

	/**
	 * The filters as kept: each value cleaned like the words (but in its own case, as a
	 * publisher's name is matched), the parameters in a fixed order so that one set of
	 * filters is always written the same way, cut to {@value #MAX_FILTERS} characters at
	 * a parameter boundary.
	 * @param filters the filters' query string ({@code topic=county-lines&age=15}), or
	 * {@code null}
	 * @return the filters, or {@code null} when there are none
	 */
	static String filters(String filters) {
		if (filters == null || filters.isBlank()) {
			return null;
		}
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		for (String pair : filters.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
			String value = cut(clean(decode((equals < 0) ? "" : pair.substring(equals + 1))), MAX_WORDS);
			if (PARAMETER_NAME.matcher(name).matches() && !NOT_FILTERS.contains(name) && !value.isEmpty()) {
				pairs.add(Map.entry(name, value));
			}
		}
		pairs.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
		StringBuilder kept = new StringBuilder();
		for (Map.Entry<String, String> pair : pairs.stream().distinct().toList()) {
			String encoded = pair.getKey() + "=" + URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8);
			if (kept.length() + encoded.length() + 1 > MAX_FILTERS) {
				break;
			}
			kept.append(kept.isEmpty() ? "" : "&").append(encoded);
		}
		return kept.isEmpty() ? null : kept.toString();
	}

	/** The filters as pairs, in their kept order; nothing for {@code null}. */
	static List<Map.Entry<String, String>> pairs(String filters) {
		if (filters == null || filters.isEmpty()) {
			return List.of();
		}
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		for (String pair : filters.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				pairs.add(Map.entry(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1))));
			}
		}
		return pairs;
	}

	private static String clean(String text) {
		String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
		normalised = INVISIBLE.matcher(normalised).replaceAll("");
		normalised = SPACE.matcher(normalised).replaceAll(" ");
		normalised = EMAIL_ADDRESS.matcher(normalised).replaceAll(Matcher.quoteReplacement(EMAIL));
		normalised = NATIONAL_INSURANCE.matcher(normalised).replaceAll(Matcher.quoteReplacement(NUMBER));
		normalised = DIGITS.matcher(normalised).replaceAll((found) -> Matcher.quoteReplacement(number(found.group())));
		return SPACE.matcher(normalised).replaceAll(" ").strip();
	}

	/** What a run of digits becomes: a placeholder, or itself. */
	private static String number(String found) {
		String digits = found.replaceAll("\\D", "");
		boolean international = found.startsWith("+") || digits.startsWith("00");
		if (international && digits.length() >= LONGEST_ORDINARY_NUMBER) {
			return PHONE;
		}
		if (digits.length() <= LONGEST_ORDINARY_NUMBER || YEARS.matcher(found).matches()) {
			return found;
		}
		boolean national = digits.startsWith("0") && digits.length() <= 11;
		boolean fromAbroad = digits.startsWith("44") && digits.length() >= 11 && digits.length() <= 13;
		return (national || fromAbroad) ? PHONE : NUMBER;
	}

	/** At most {@code max} UTF-16 units, never half of a surrogate pair, trimmed. */
	private static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end).strip();
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// A stray % is kept as typed.
			return text;
		}
	}

}
