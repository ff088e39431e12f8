package uk.youthjustice.library.catalogue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A category of the listing tests' own, created once in the shared test library: 45
 * public resources (30 practice examples for ages 10 to 17 at no cost, 15 guidance
 * documents with a cost, every third one on {@link #TOPIC}) and four the public must not
 * see (a draft, a scheduled, an archived and a future-dated one).
 */
final class ListingFixture {

	static final String CATEGORY = "listing-test-category";

	static final String TOPIC = "listing-test-topic";

	private ListingFixture() {
	}

	static synchronized void ensure(Catalogue catalogue) {
		if (catalogue.findCategory(CATEGORY).isPresent()) {
			return;
		}
		Category category = catalogue.save(new Category(CATEGORY, "Listing test category", "For tests.", 99));
		Topic topic = catalogue.save(new Topic(TOPIC, "Listing test topic", null));
		Instant start = Instant.parse("2020-01-01T09:00:00Z");
		for (int i = 1; i <= 45; i++) {
			boolean practice = i <= 30;
			Resource resource = new Resource(practice ? ResourceKind.PRACTICE_EXAMPLE : ResourceKind.GUIDANCE_DOCUMENT,
					CATEGORY + "-" + i, String.format("Listed resource %02d", i), category);
			resource.setSummary("Summary of listed resource " + i + ".");
			resource.setAgeRange(practice ? new AgeRange(10, 17) : AgeRange.NOT_APPLICABLE);
			resource.setCostKind(practice ? CostKind.NONE : CostKind.HAS_COST);
			if (i % 3 == 0) {
				resource.getTopics().add(topic);
			}
			resource.publish(start.plus(i, ChronoUnit.DAYS));
			catalogue.save(resource);
		}
		Resource draft = new Resource(ResourceKind.PRACTICE_EXAMPLE, CATEGORY + "-draft", "Hidden draft", category);
		catalogue.save(draft);
		Resource scheduled = new Resource(ResourceKind.PRACTICE_EXAMPLE, CATEGORY + "-scheduled", "Hidden scheduled",
				category);
		scheduled.schedule(Instant.now().plus(30, ChronoUnit.DAYS));
		catalogue.save(scheduled);
		Resource archived = new Resource(ResourceKind.PRACTICE_EXAMPLE, CATEGORY + "-archived", "Hidden archived",
				category);
		archived.publish(start);
		archived.archive();
		catalogue.save(archived);
		Resource future = new Resource(ResourceKind.PRACTICE_EXAMPLE, CATEGORY + "-future", "Hidden future", category);
		future.publish(Instant.now().plus(30, ChronoUnit.DAYS));
		future.getTopics().add(topic);
		catalogue.save(future);
	}

}
