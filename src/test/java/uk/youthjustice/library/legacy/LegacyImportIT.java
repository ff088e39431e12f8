package uk.youthjustice.library.legacy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourceStatus;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.legacy.ImportReport.ContactOutcome;
import uk.youthjustice.library.legacy.ImportReport.ItemReport;
import uk.youthjustice.library.legacy.ImportReport.Outcome;
import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The import on PostgreSQL with the demo library: the dry run writes nothing, the import
 * writes drafts with their contact cards, a second import creates nothing, and a failure
 * half way leaves the library as it was. The library is shared with other tests, so each
 * test imports text of its own.
 */
@WithLibrary
class LegacyImportIT {

	@Autowired
	LegacyImport importer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	private static LegacyText page(String name, String text) {
		return LegacyText.read(name, text.getBytes(StandardCharsets.UTF_8));
	}

	private Map<String, Long> counts() {
		return Map.of("resources", count("resource"), "cards", count("contact_card"), "categories", count("category"),
				"records", count("legacy_import_record"));
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	@Test
	void aDryRunWritesNothingTheImportWritesDraftsAndASecondImportNothingNew() {
		List<LegacyText> pages = List.of(page("quirks.txt", LegacyPageParserTests.fixture("quirks.txt")));
		Map<String, Long> before = counts();

		ImportReport dryRun = this.importer.dryRun(pages, false);
		assertThat(counts()).isEqualTo(before);
		assertThat(dryRun.items()).extracting(ItemReport::outcome)
			.containsExactly(Outcome.NOT_PLACED, Outcome.NEW, Outcome.NEW, Outcome.NEW, Outcome.NOT_PLACED,
					Outcome.NEW);
		assertThat(dryRun.items()).filteredOn((item) -> item.outcome() == Outcome.NEW)
			.extracting(ItemReport::libraryCategory)
			.containsExactly("Practice examples", "Resources for sharing", "Legislation and guidance",
					"Practice examples");
		assertThat(dryRun.newCategories()).isEmpty();
		assertThat(dryRun.items().get(1).contacts()).extracting(ImportReport.ContactReport::outcome)
			.containsExactly(ContactOutcome.NEW);
		// The same email address in another case: the card the first item makes.
		assertThat(dryRun.items().get(5).contacts()).extracting(ImportReport.ContactReport::outcome)
			.containsExactly(ContactOutcome.NEW_IN_THIS_IMPORT);
		assertThat(dryRun.newContacts()).isEqualTo(3);
		assertThat(dryRun.items()).allMatch(ItemReport::draft);

		ImportReport imported = this.importer.run(pages, false, "admin@example.org", LegacyImport.Progress.NONE);
		assertThat(imported.created()).isEqualTo(4);
		assertThat(count("resource")).isEqualTo(before.get("resources") + 4);
		assertThat(count("contact_card")).isEqualTo(before.get("cards") + 3);
		assertThat(count("category")).isEqualTo(before.get("categories"));
		this.transaction.executeWithoutResult((status) -> {
			Resource mentoring = this.catalogue.findResource("kitchen-table-mentoring").orElseThrow();
			assertThat(mentoring.getStatus()).isEqualTo(ResourceStatus.DRAFT);
			assertThat(mentoring.getKind()).isEqualTo(ResourceKind.PRACTICE_EXAMPLE);
			assertThat(mentoring.getPublishedAt())
				.isEqualTo(LocalDateTime.of(2016, 3, 7, 9, 15).atZone(LegacyImport.UK).toInstant());
			assertThat(mentoring.getCategory().getSlug()).isEqualTo("practice-examples");
			assertThat(mentoring.getAgeRange()).isEqualTo(new AgeRange(12, 17));
			assertThat(mentoring.getCostKind()).isEqualTo(CostKind.NONE);
			assertThat(mentoring.getAims()).hasSize(2);
			assertThat(mentoring.getImplementationSteps()).hasSize(2);
			assertThat(mentoring.getContacts()).extracting(ContactCard::getEmail)
				.containsExactly("priya.natarajan@westbridge.example.gov.uk");
			Resource bikes = this.catalogue.findResource("bike-repair-workshop").orElseThrow();
			assertThat(bikes.getPublishedAt()).isNull();
			assertThat(bikes.getSourceOrganisation().getWebsite()).isEqualTo("https://www.wheelsforall.example.org");
			Resource conferences = this.catalogue.findResource("family-group-conferences").orElseThrow();
			assertThat(conferences.getContacts()).extracting(ContactCard::getId)
				.containsExactlyElementsOf(mentoring.getContacts().stream().map(ContactCard::getId).toList());
		});

		Map<String, Long> afterFirst = counts();
		ImportReport again = this.importer.run(pages, true, "admin@example.org", LegacyImport.Progress.NONE);
		assertThat(again.created()).isZero();
		assertThat(again.count(Outcome.ALREADY_IMPORTED)).isEqualTo(4);
		assertThat(counts()).isEqualTo(afterFirst);
	}

	@Test
	void aFailureHalfWayLeavesTheLibraryAsItWas() {
		List<LegacyText> pages = List.of(page("two.txt", """
				Tuesday, 14 May 2019 10:00

				Allotment Project

				Age: 12-16

				Children grow vegetables with a volunteer gardener.

				YOT: Southfield YOT
				Email: gardens@southfield.example.gov.uk
				Published in Practice Examples

				Tuesday, 01 October 2019 16:45

				Boxing Club Partnership

				Children train with a local club twice a week.

				Published in Practice Examples
				"""));
		Map<String, Long> before = counts();
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.importer.run(pages, false, "admin@example.org", (done, total) -> {
				if (done == 1) {
					throw new IllegalStateException("stopped half way");
				}
			}));
		assertThat(counts()).isEqualTo(before);
		assertThat(this.catalogue.findResource("allotment-project")).isEmpty();
	}

	@Test
	void reportsNewCategoriesAndMatchesCardsByEmailElseByNameAndOrganisation() {
		List<LegacyText> pages = List.of(page("matches.txt", """
				Monday, 14 May 2018 12:00

				Resettlement Passport

				Age: 15-17

				A passport of documents every child leaves custody with.

				YOT: Leeds YJS
				Name: Amira Patel
				Email: AMIRA.PATEL@yjs.example.org.uk
				YOT: Bradford Youth Justice Service
				Name: Rebecca Holroyd
				Published in Youth Voice & Participation
				"""));
		Map<String, Long> before = counts();
		ImportReport report = this.importer.dryRun(pages, true);
		assertThat(counts()).isEqualTo(before);
		ItemReport item = report.items().get(0);
		assertThat(item.newCategory()).isTrue();
		assertThat(item.libraryCategory()).isEqualTo("Youth Voice & Participation");
		assertThat(item.draft()).isFalse();
		assertThat(item.contacts()).extracting(ImportReport.ContactReport::outcome)
			.containsExactly(ContactOutcome.MATCHED_BY_EMAIL, ContactOutcome.MATCHED_BY_NAME);
		assertThat(report.newCategories()).containsExactly("Youth Voice & Participation");
		assertThat(ReportText.summary(report)).isEqualTo(
				"Would import 1 resource; 0 imported before, 0 not placed, 0 repeated; 0 new contact cards; new categories: Youth Voice & Participation.");
	}

}
