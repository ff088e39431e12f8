package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Adding, changing and deleting categories, topics and evidence labels on PostgreSQL: the
 * slug rules, unique names, usage counted over every status, and deletion refused while
 * anything uses a term. Every name carries this run's own marker.
 */
@WithLibrary
class TaxonomyAdminIT {

	@Autowired
	TaxonomyAdmin admin;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CategoryRepository categories;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aNewTermGetsAFreeSlugFromItsNameAndGoesLast() {
		TermDetails first = this.admin.create(Vocabulary.CATEGORIES, form("Custody & community " + this.unique, null));
		TermDetails second = this.admin.create(Vocabulary.CATEGORIES, form("Custody community " + this.unique, null));

		assertThat(first.slug()).isEqualTo("custody-community-" + this.unique);
		assertThat(second.slug()).isEqualTo("custody-community-" + this.unique + "-2");
		assertThat(second.position()).isEqualTo(first.position() + 1);
		assertThat(this.admin.list(Vocabulary.CATEGORIES)).last().extracting(TermRow::id).isEqualTo(second.id());
	}

	@Test
	void theLongestNameStillMakesASlugThatFitsItsColumnTwice() {
		String name = this.unique + " " + "word ".repeat(38);
		TermDetails first = this.admin.create(Vocabulary.TOPICS, form(name.strip(), null));
		TermDetails second = this.admin.create(Vocabulary.TOPICS, form(name.strip() + "!", null));

		assertThat(name.strip()).hasSizeLessThanOrEqualTo(TermForm.NAME_MAX);
		assertThat(first.slug()).hasSizeLessThanOrEqualTo(TaxonomyAdmin.SLUG_BASE_MAX).endsWith("-word");
		assertThat(second.slug()).isEqualTo(first.slug() + "-2");
	}

	@Test
	void namesAreUniqueWithinAVocabularyIgnoringCase() {
		TermDetails promising = this.admin.create(Vocabulary.EVIDENCE, form("Promising " + this.unique, "4"));

		assertThat(this.admin.isNameTaken(Vocabulary.EVIDENCE, "PROMISING " + this.unique, null)).isTrue();
		assertThat(this.admin.isNameTaken(Vocabulary.EVIDENCE, "Promising " + this.unique, promising.id())).isFalse();
		assertThat(this.admin.isNameTaken(Vocabulary.TOPICS, "Promising " + this.unique, null)).isFalse();
		assertThat(this.admin.isNameTaken(Vocabulary.EVIDENCE, "Promising " + this.unique + " more", null)).isFalse();
	}

	@Test
	void theTermsKeptForFiltersShowAnAdditionARenameAndADeletionAtOnce() {
		assertThat(names(this.catalogue.termsForFilters().topics())).doesNotContain("Kept " + this.unique);

		TermDetails topic = this.admin.create(Vocabulary.TOPICS, form("Kept " + this.unique, null));
		assertThat(names(this.catalogue.termsForFilters().topics())).contains("Kept " + this.unique);

		this.admin.update(Vocabulary.TOPICS, topic.id(), form("Renamed " + this.unique, null));
		assertThat(names(this.catalogue.termsForFilters().topics())).contains("Renamed " + this.unique)
			.doesNotContain("Kept " + this.unique);

		this.admin.deleteIfUnused(Vocabulary.TOPICS, topic.id());
		assertThat(names(this.catalogue.termsForFilters().topics())).doesNotContain("Renamed " + this.unique);
	}

	private static List<String> names(List<? extends TaxonomyTerm> terms) {
		return terms.stream().map(TaxonomyTerm::getName).toList();
	}

	@Test
	void aChangeKeepsTheSlugAndStoresTextAsTyped() {
		TermDetails term = this.admin.create(Vocabulary.CATEGORIES, form("Original " + this.unique, "7"));
		String script = "<script>alert('" + this.unique + "')</script>";

		this.admin.update(Vocabulary.CATEGORIES, term.id(), new TermForm(script, script, "2"));

		TermDetails changed = this.admin.find(Vocabulary.CATEGORIES, term.id()).orElseThrow();
		assertThat(changed.name()).isEqualTo(script);
		assertThat(changed.description()).isEqualTo(script);
		assertThat(changed.position()).isEqualTo(2);
		assertThat(changed.slug()).isEqualTo(term.slug());
		assertThat(this.categories.findBySlug(term.slug())).isPresent();
	}

	@Test
	void usageCountsResourcesOfEveryStatusAndBlocksDeletion() {
		TermDetails category = this.admin.create(Vocabulary.CATEGORIES, form("Used " + this.unique, null));
		TermDetails topic = this.admin.create(Vocabulary.TOPICS, form("Used topic " + this.unique, null));
		TermDetails evidence = this.admin.create(Vocabulary.EVIDENCE, form("Used evidence " + this.unique, null));
		Category home = this.categories.findById(category.id()).orElseThrow();
		for (int n = 1; n <= 12; n++) {
			Resource resource = new Resource(ResourceKind.PRACTICE_EXAMPLE, "used-" + this.unique + "-" + n,
					String.format("Used %02d %s", n, this.unique), home);
			if (n == 1) {
				resource.getTopics().add(this.catalogue.findTopic(topic.slug()).orElseThrow());
				resource.setEvidence(this.catalogue.findEvidenceClassification(evidence.slug()).orElseThrow());
			}
			if (n == 2) {
				resource.publish(Instant.parse("2024-01-01T00:00:00Z"));
				resource.archive();
			}
			this.catalogue.save(resource);
		}

		assertThat(this.admin.list(Vocabulary.CATEGORIES)).filteredOn((row) -> row.id().equals(category.id()))
			.singleElement()
			.extracting(TermRow::resourceCount)
			.isEqualTo(12L);
		assertThat(this.admin.list(Vocabulary.TOPICS)).filteredOn((row) -> row.id().equals(topic.id()))
			.singleElement()
			.extracting(TermRow::resourceCount)
			.isEqualTo(1L);

		TermUsage usage = this.admin.deleteIfUnused(Vocabulary.CATEGORIES, category.id());
		assertThat(usage.total()).isEqualTo(12);
		assertThat(usage.first()).hasSize(TaxonomyAdmin.USES_LISTED);
		assertThat(usage.more()).isEqualTo(2);
		assertThat(usage.first().get(0).title()).isEqualTo("Used 01 " + this.unique);
		assertThat(usage.first().get(0).status()).isEqualTo(ResourceStatus.DRAFT);
		assertThat(usage.first().get(1).status()).isEqualTo(ResourceStatus.ARCHIVED);
		assertThat(this.admin.find(Vocabulary.CATEGORIES, category.id())).isPresent();

		TermUsage topicUsage = this.admin.deleteIfUnused(Vocabulary.TOPICS, topic.id());
		assertThat(topicUsage.total()).isEqualTo(1);
		assertThat(topicUsage.first()).extracting(TermUsage.Use::title).containsExactly("Used 01 " + this.unique);
		assertThat(this.admin.deleteIfUnused(Vocabulary.EVIDENCE, evidence.id()).inUse()).isTrue();
		assertThat(this.admin.find(Vocabulary.TOPICS, topic.id())).isPresent();
		assertThat(this.admin.find(Vocabulary.EVIDENCE, evidence.id())).isPresent();
	}

	@Test
	void anUnusedTermIsDeleted() {
		for (Vocabulary vocabulary : Vocabulary.values()) {
			TermDetails term = this.admin.create(vocabulary, form("Unused " + vocabulary + " " + this.unique, null));

			TermUsage usage = this.admin.deleteIfUnused(vocabulary, term.id());

			assertThat(usage.inUse()).isFalse();
			assertThat(this.admin.find(vocabulary, term.id())).as(vocabulary.getPath()).isEmpty();
		}
	}

	@Test
	void theDatabaseRefusesToDeleteAUsedTermEvenIfTheCheckIsBypassed() {
		TermDetails category = this.admin.create(Vocabulary.CATEGORIES, form("Guarded " + this.unique, null));
		this.catalogue.save(new Resource(ResourceKind.GUIDANCE_DOCUMENT, "guarded-" + this.unique,
				"Guarded " + this.unique, this.categories.findById(category.id()).orElseThrow()));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.categories.deleteAllByIdInBatch(List.of(category.id())));
	}

	private static TermForm form(String name, String position) {
		return new TermForm(name, "", position);
	}

}
