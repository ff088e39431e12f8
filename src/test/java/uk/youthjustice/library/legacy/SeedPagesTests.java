package uk.youthjustice.library.legacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.ResourceKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The parser on the two pages of the old hub kept beside the project in
 * {@code ../shared/seeds}, read where they are and never copied. A clone without that
 * folder skips these tests.
 */
class SeedPagesTests {

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	private static ParsedPage pageA;

	private static ParsedPage pageB;

	@BeforeAll
	static void readTheSeeds() throws IOException {
		assumeTrue(Files.isDirectory(SEEDS), "no ../shared/seeds beside the project");
		pageA = parse("legacy-hub-pages-a.txt");
		pageB = parse("legacy-hub-pages-b.txt");
	}

	private static ParsedPage parse(String name) throws IOException {
		Path file = SEEDS.resolve(name);
		return LegacyPageParser.parse(LegacyText.read(name, Files.readAllBytes(file)).text());
	}

	private static ParsedItem titled(ParsedPage page, String title) {
		return page.items()
			.stream()
			.filter((item) -> title.equals(item.title()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No item titled " + title + " in " + page.items()));
	}

	@Test
	void pageBHasThreeDatedPracticeExamples() {
		ParsedItem heritage = titled(pageB, "Heritage Panel");
		assertThat(heritage.date()).isEqualTo(LocalDateTime.of(2016, 7, 12, 11, 17));
		assertThat(heritage.kind()).isEqualTo(ResourceKind.PRACTICE_EXAMPLE);
		assertThat(heritage.ageRange()).isEqualTo(new AgeRange(10, 17));
		assertThat(heritage.costKind()).isEqualTo(CostKind.NONE);
		assertThat(heritage.category()).isEqualTo("Resources For Sharing");
		assertThat(heritage.aims()).hasSize(2);
		assertThat(heritage.contacts()).singleElement().satisfies((contact) -> {
			assertThat(contact.organisation()).isEqualTo("Leicester Youth Offending Service");
			assertThat(contact.personName()).isEqualTo("Karen Manville");
			assertThat(contact.telephone()).isEqualTo("0116 4544600");
			assertThat(contact.email()).isEqualTo("Karen.Manville@leicester.gov.uk");
		});

		ParsedItem citizenService = titled(pageB, "National Citizen Service with The Challenge");
		assertThat(citizenService.date()).isEqualTo(LocalDateTime.of(2016, 6, 24, 14, 54));
		assertThat(citizenService.ageRange()).isEqualTo(new AgeRange(15, 17));
		assertThat(citizenService.costKind()).isEqualTo(CostKind.HAS_COST);
		assertThat(citizenService.costText()).startsWith("£50 maximum");
		assertThat(citizenService.category()).isEqualTo("Practice Examples");
		assertThat(citizenService.aims()).hasSize(4);
		assertThat(citizenService.implementationSteps()).hasSize(6);
		assertThat(citizenService.contacts()).extracting(ParsedContact::email)
			.containsExactly("Barbara.Griffith@scstrust.co.uk");
		assertThat(citizenService.sourceOrganisation().organisation())
			.isEqualTo("NCS The Challenge (Berkshire and Buckinghamshire)");
		assertThat(citizenService.sourceOrganisation().email()).isEqualTo("roxanne.potts@the-challenge.org");
		assertThat(citizenService.sourceOrganisation().website()).isEqualTo("https://www.ncsthechallenge.org");

		ParsedItem sunderland = titled(pageB, "Sunderland Joint Agency Protocol");
		assertThat(sunderland.date()).isEqualTo(LocalDateTime.of(2017, 3, 2, 15, 30));
		assertThat(sunderland.ageRange()).isEqualTo(new AgeRange(10, 18));
		assertThat(sunderland.costKind()).isEqualTo(CostKind.NONE);
		assertThat(sunderland.category()).isEqualTo("Resources For Sharing");
		assertThat(sunderland.contacts()).extracting(ParsedContact::email)
			.containsExactly("Jenifer.dickinson@sunderland.gov.uk");
	}

	@Test
	void pageBPlacesItemsWithoutTitlesByTheirCategoryAndReportsTheRest() {
		assertThat(pageB.placed()).extracting(ParsedItem::category)
			.containsExactly("Resources For Sharing", "Resources For Sharing", "Practice Examples",
					"Custody and Community", "Resources For Sharing", "Knowledge and Evidence");
		ParsedItem staffordshire = pageB.placed().get(1);
		assertThat(staffordshire.titleFromText()).isTrue();
		assertThat(staffordshire.date()).isNull();
		assertThat(staffordshire.contacts()).extracting(ParsedContact::email)
			.containsExactly("nicki.moss@staffordshire.gov.uk");
		assertThat(pageB.placed().get(5).kind()).isEqualTo(ResourceKind.GUIDANCE_DOCUMENT);
		// The guidance before the first date line and the paragraph before the last one
		// have no category.
		assertThat(pageB.items()).filteredOn((item) -> !item.placed()).hasSize(2);
		assertThat(pageB.droppedLines()).isEqualTo(2);
	}

	@Test
	void pageAHasNoCategoriesSoNothingIsPlacedButItsFieldsAreRead() {
		assertThat(pageA.placed()).isEmpty();
		assertThat(pageA.items()).filteredOn((item) -> item.kind() == ResourceKind.PRACTICE_EXAMPLE)
			.extracting(ParsedItem::ageRange)
			.containsExactly(AgeRange.NOT_APPLICABLE, new AgeRange(16, 25));
		ParsedItem leicester = pageA.items()
			.stream()
			.filter((item) -> !item.contacts().isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(leicester.contacts()).singleElement().satisfies((contact) -> {
			assertThat(contact.organisation()).isEqualTo("Leicester City YOS");
			assertThat(contact.personName()).isEqualTo("Carol Hughes");
		});
		assertThat(leicester.implementationSteps()).hasSize(2);
		assertThat(pageA.droppedLines()).isEqualTo(1);
	}

}
