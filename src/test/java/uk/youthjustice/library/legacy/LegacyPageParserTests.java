package uk.youthjustice.library.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.Sex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The parser on a page written for these tests in the old hub’s format, quirks and all.
 */
class LegacyPageParserTests {

	static String fixture(String name) {
		try (InputStream in = LegacyPageParserTests.class.getResourceAsStream("/legacy/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final ParsedPage page = LegacyPageParser.parse(fixture("quirks.txt"));

	private ParsedItem item(int index) {
		return this.page.items().get(index);
	}

	@Test
	void splitsThePageIntoItemsAndDropsTheNoise() {
		assertThat(this.page.items()).extracting(ParsedItem::title)
			.containsExactly(
					"The Northshire Safeguarding Board has written a short guide to information sharing for youth…",
					"Kitchen Table Mentoring", "Bike Repair Workshop",
					"The Department for Youth has published a briefing on remand decisions for under-18s",
					"Northtown YJS runs a reading group for children on remand", "Family Group Conferences");
		// The CMS residue and the pagination line.
		assertThat(this.page.droppedLines()).isEqualTo(2);
		assertThat(this.page.warnings()).isEmpty();
	}

	@Test
	void textWithoutAPublishedInLineIsReportedNotPlaced() {
		assertThat(item(0).category()).isNull();
		assertThat(item(0).placed()).isFalse();
		assertThat(item(0).problem()).contains("no ‘Published in’ line");
		assertThat(item(0).kind()).isEqualTo(ResourceKind.GUIDANCE_DOCUMENT);
		assertThat(item(0).line()).isEqualTo(3);
		assertThat(item(4).placed()).isFalse();
		assertThat(this.page.placed()).extracting(ParsedItem::title)
			.containsExactly("Kitchen Table Mentoring", "Bike Repair Workshop",
					"The Department for Youth has published a briefing on remand decisions for under-18s",
					"Family Group Conferences");
	}

	@Test
	void readsAPracticeExampleWithEveryField() {
		ParsedItem mentoring = item(1);
		assertThat(mentoring.kind()).isEqualTo(ResourceKind.PRACTICE_EXAMPLE);
		assertThat(mentoring.date()).isEqualTo(LocalDateTime.of(2016, 3, 7, 9, 15));
		assertThat(mentoring.titleFromText()).isFalse();
		assertThat(mentoring.category()).isEqualTo("Practice Examples");
		assertThat(mentoring.ageRange()).isEqualTo(new AgeRange(12, 17));
		assertThat(mentoring.sex()).isEqualTo(Sex.NOT_APPLICABLE);
		assertThat(mentoring.costKind()).isEqualTo(CostKind.NONE);
		assertThat(mentoring.costText()).isNull();
		assertThat(mentoring.aims()).containsExactly("Give every child a trusted adult outside the family",
				"Build cooking and budgeting skills");
		assertThat(mentoring.description())
			.isEqualTo("Mentors meet a child once a week in a community kitchen and cook a meal together.\n\n"
					+ "Each session ends with a short review of the week.\n\n"
					+ "Please click here for the referral form.");
		assertThat(mentoring.implementationSteps()).containsExactly(
				"Recruit mentors through the local volunteer centre",
				"Train mentors in safeguarding before their first session");
		assertThat(mentoring.contacts()).containsExactly(new ParsedContact("Westbridge Youth Offending Team",
				"Priya Natarajan", "01632 960123", "priya.natarajan@westbridge.example.gov.uk", null));
		assertThat(mentoring.sourceOrganisation()).isNull();
		assertThat(mentoring.fields()).containsExactly("date", "title", "age", "sex", "cost", "2 aims", "description",
				"2 implementation steps", "1 contact", "category");
	}

	@Test
	void keepsTheFirstOfTwoAgeLinesAndWarnsOfBrokenLinks() {
		assertThat(item(1).warnings()).containsExactly("two Age lines: kept 12-17",
				"broken link (‘Please click here for the referral form.’): the address was lost, check the original");
	}

	@Test
	void copesWithPlaceholderDatesLeadingSpacesAndTruncatedContactLines() {
		ParsedItem bikes = item(2);
		assertThat(bikes.date()).isNull();
		assertThat(bikes.ageRange()).isEqualTo(new AgeRange(14, 18));
		assertThat(bikes.sex()).isEqualTo(Sex.MALE);
		assertThat(bikes.costKind()).isEqualTo(CostKind.HAS_COST);
		assertThat(bikes.costText()).isEqualTo("£40 per term, paid by the YOS");
		assertThat(bikes.contacts())
			.containsExactly(new ParsedContact("Eastmoor YOS", "Tom Okafor", "0163 29", null, null));
		assertThat(bikes.sourceOrganisation()).isEqualTo(new ParsedContact("Wheels for All (Eastmoor)", "Sam Reid",
				"01632 960999", "sam.reid@wheelsforall.example.org", "https://www.wheelsforall.example.org"));
		assertThat(bikes.warnings()).containsExactly(
				"placeholder date ‘Wednesday, 30 November -0001 00:00’: left unset",
				"telephone ‘0163 29’ looks cut short: kept as written",
				"email ‘tom.okafor@eastmo’ is cut short or not an address: left out",
				"age ‘14-18 (boys and girls in year 10 upwards)’: kept 14-18, the rest left out");
	}

	@Test
	void readsGuidanceWithoutTitleOrDateAndTitlesItFromItsOpeningWords() {
		ParsedItem briefing = item(3);
		assertThat(briefing.kind()).isEqualTo(ResourceKind.GUIDANCE_DOCUMENT);
		assertThat(briefing.titleFromText()).isTrue();
		assertThat(briefing.date()).isNull();
		assertThat(briefing.category()).isEqualTo("Legislation and Guidance");
		assertThat(briefing.aims()).isEmpty();
		assertThat(briefing.description()).isEqualTo(
				"The Department for Youth has published a briefing on remand decisions for under-18s. It is for:\n\n"
						+ "- Magistrates\n- Youth offending team managers");
		assertThat(briefing.warnings()).containsExactly("no date: left unset",
				"no title line: titled from the opening words, kept as a draft for an editor to retitle");
	}

	@Test
	void aSummaryLineStartsAPracticeAndContactDetailsNameComesFirst() {
		ParsedItem group = item(4);
		assertThat(group.kind()).isEqualTo(ResourceKind.PRACTICE_EXAMPLE);
		assertThat(group.summary()).isEqualTo("Northtown YJS runs a reading group for children on remand.");
		assertThat(group.ageRange()).isEqualTo(AgeRange.NOT_APPLICABLE);
		assertThat(group.costKind()).isEqualTo(CostKind.NONE);
		assertThat(group.contacts())
			.containsExactly(new ParsedContact("Northtown Youth Justice Service", "Alex Morgan", null, null, null));
	}

	@Test
	void aDateLineEndsTheItemBeforeIt() {
		ParsedItem conferences = item(5);
		assertThat(conferences.date()).isEqualTo(LocalDateTime.of(2017, 3, 3, 14, 5));
		assertThat(conferences.sex()).isEqualTo(Sex.FEMALE);
		assertThat(conferences.costKind()).isEqualTo(CostKind.HAS_COST);
		assertThat(conferences.costText()).isNull();
		assertThat(conferences.ageRange()).isNull();
		assertThat(conferences.contacts()).extracting(ParsedContact::email)
			.containsExactly("Priya.Natarajan@westbridge.example.gov.uk");
	}

	@Test
	void readsWindows1252AndUtf8WithAByteOrderMarkAlike() {
		String text = fixture("quirks.txt");
		byte[] windows = text.getBytes(Charset.forName("windows-1252"));
		byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
		LegacyText fromWindows = LegacyText.read("old.txt", windows);
		LegacyText fromBom = LegacyText.read("bom.txt", bom);
		assertThat(fromWindows.encoding()).isEqualTo("Windows-1252");
		assertThat(fromBom.encoding()).isEqualTo("UTF-8 with a byte order mark");
		assertThat(LegacyPageParser.parse(fromWindows.text())).isEqualTo(this.page);
		assertThat(LegacyPageParser.parse(fromBom.text())).isEqualTo(this.page);
		assertThat(LegacyText.read("plain.txt", text.getBytes(StandardCharsets.UTF_8)).encoding()).isEqualTo("UTF-8");
	}

	@Test
	void refusesEmptyBinaryAndOversizeFilesWithAReason() {
		assertThatExceptionOfType(LegacyText.Refused.class).isThrownBy(() -> LegacyText.read("empty.txt", new byte[0]))
			.satisfies((refused) -> assertThat(refused.reason()).isEqualTo("the file is empty"));
		assertThatExceptionOfType(LegacyText.Refused.class)
			.isThrownBy(() -> LegacyText.read("blank.txt", " \r\n\u00A0\n".getBytes(StandardCharsets.UTF_8)))
			.satisfies((refused) -> assertThat(refused.reason()).contains("no text in it"));
		byte[] pdf = "%PDF-1.7\n%\u00E2\u00E3\n1 0 obj\n\u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(LegacyText.Refused.class).isThrownBy(() -> LegacyText.read("report.txt", pdf))
			.satisfies((refused) -> assertThat(refused.reason())
				.startsWith("this is not a text file (it looks like application/pdf)"));
		byte[] big = new byte[LegacyText.MAXIMUM_BYTES + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		assertThatExceptionOfType(LegacyText.Refused.class).isThrownBy(() -> LegacyText.read("big.txt", big))
			.satisfies((refused) -> assertThat(refused.reason()).startsWith("the file is 2.0 MB, more than the 2 MB"));
	}

	@Test
	void understandsTheWaysTheHubWroteAges() {
		assertThat(LegacyPageParser.parseAge("10-17")).isEqualTo(new AgeRange(10, 17));
		assertThat(LegacyPageParser.parseAge("10 – 18 years")).isEqualTo(new AgeRange(10, 18));
		assertThat(LegacyPageParser.parseAge("12 to 25")).isEqualTo(new AgeRange(12, 25));
		assertThat(LegacyPageParser.parseAge("16+")).isEqualTo(new AgeRange(16, null));
		assertThat(LegacyPageParser.parseAge("up to 17")).isEqualTo(new AgeRange(null, 17));
		assertThat(LegacyPageParser.parseAge("N/A")).isEqualTo(AgeRange.NOT_APPLICABLE);
		assertThat(LegacyPageParser.parseAge("17-10")).isNull();
		assertThat(LegacyPageParser.parseAge("teenagers")).isNull();
	}

	@Test
	void aSentenceStartingPublishedInIsText() {
		ParsedPage page = LegacyPageParser.parse("""
				Published in 2019, the review found that most panels met monthly.

				Published in Knowledge and Evidence
				""");
		assertThat(page.items()).singleElement().satisfies((item) -> {
			assertThat(item.category()).isEqualTo("Knowledge and Evidence");
			assertThat(item.description()).startsWith("Published in 2019");
		});
	}

	@Test
	void anEmptyPageHasNoItems() {
		assertThat(LegacyPageParser.parse("\n\nPage 1 of 3\n").items()).isEmpty();
		assertThat(LegacyPageParser.parse("Published in Practice Examples").warnings())
			.containsExactly("line 1: ‘Published in Practice Examples’ follows no item: ignored");
	}

	@Test
	void anUnderstoodPageIsTheSameWhateverItsLineEndings() {
		String text = fixture("quirks.txt");
		assertThat(LegacyPageParser.parse(text.replace("\n", "\r\n"))).isEqualTo(this.page);
		assertThat(List.of(this.page.items().size())).containsExactly(6);
	}

}
