package uk.youthjustice.library.opendata;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import uk.youthjustice.library.catalogue.AgeRange;
import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.CostFilter;
import uk.youthjustice.library.catalogue.CostKind;
import uk.youthjustice.library.catalogue.ListedResource;
import uk.youthjustice.library.catalogue.ListingQuery;
import uk.youthjustice.library.catalogue.OpenData;
import uk.youthjustice.library.catalogue.OpenData.ResourceResults;
import uk.youthjustice.library.catalogue.OpenData.TermCount;
import uk.youthjustice.library.catalogue.ResourceKind;
import uk.youthjustice.library.catalogue.ResourcePage;
import uk.youthjustice.library.catalogue.TaxonomyTerm;
import uk.youthjustice.library.catalogue.Terms;
import uk.youthjustice.library.contacts.ContactDetails;
import uk.youthjustice.library.contacts.ContactDirectory;
import uk.youthjustice.library.opendata.ResourceDetail.AttachmentItem;
import uk.youthjustice.library.opendata.ResourceDetail.ChangeItem;
import uk.youthjustice.library.opendata.ResourceDetail.ResourceReference;
import uk.youthjustice.library.opendata.ResourceFilter.KnownTerms;
import uk.youthjustice.library.opendata.ResourceItem.Ages;
import uk.youthjustice.library.opendata.ResourceItem.Cost;
import uk.youthjustice.library.opendata.ResourceItem.ResourceLinks;
import uk.youthjustice.library.opendata.ResourceItem.Term;
import uk.youthjustice.library.system.PublicAddress;

/**
 * The open data API’s answers: checks queries, asks the catalogue and the contact
 * directory, and turns what they return into the API’s own records, with absolute links
 * from {@code library.base-url}.
 */
@Service
class OpenDataApi {

	static final String BASE = "/api/v1";

	static final String RESOURCES = BASE + "/resources";

	private final OpenData openData;

	private final Catalogue catalogue;

	private final ContactDirectory contacts;

	private final PublicAddress address;

	OpenDataApi(OpenData openData, Catalogue catalogue, ContactDirectory contacts, PublicAddress address) {
		this.openData = openData;
		this.catalogue = catalogue;
		this.contacts = contacts;
		this.address = address;
	}

	ResourceList resources(ResourceListParameters parameters) {
		ResourceFilter filter = ResourceFilter.of(parameters, parameters.namesTerms() ? knownTerms() : KnownTerms.NONE);
		ListingQuery query = filter.query();
		ResourceResults results = this.openData.resources(filter.category(), query, filter.size());
		int totalPages = (int) Math.max(1, (results.total() + filter.size() - 1) / filter.size());
		int page = query.page();
		String path = this.address.of(RESOURCES);
		return new ResourceList(results.resources().stream().map(this::item).toList(),
				new ResourceList.PageInfo(page, filter.size(), results.total(), totalPages),
				new ResourceList.PageLinks(filter.href(path, page), filter.href(path, 1),
						(page > 1) ? filter.href(path, Math.min(page - 1, totalPages)) : null,
						(page < totalPages) ? filter.href(path, page + 1) : null, filter.href(path, totalPages)));
	}

	/** A public resource, or nothing when the public cannot see one at this address. */
	Optional<ResourceDetail> resource(String slug) {
		return this.openData.resource(slug).map(this::detail);
	}

	/** The current address of a public resource that used to be at this one. */
	Optional<String> currentPath(String previousSlug) {
		return this.openData.currentSlug(previousSlug).map((slug) -> RESOURCES + "/" + slug);
	}

	ItemList<TermItem> categories() {
		return terms(this.openData.categories(), "category", "/categories/", "/categories");
	}

	ItemList<TermItem> topics() {
		return terms(this.openData.topics(), "topic", "/topics/", "/topics");
	}

	ItemList<TermItem> evidence() {
		return terms(this.openData.evidence(), "evidence", null, "/evidence");
	}

	ItemList<ContactItem> contacts() {
		return new ItemList<>(this.contacts.all().stream().map(this::contact).toList(),
				new ItemList.SelfLink(this.address.of(BASE + "/contacts")));
	}

	private ItemList<TermItem> terms(List<TermCount> terms, String parameter, String htmlPrefix, String path) {
		return new ItemList<>(terms.stream()
			.map((term) -> new TermItem(term.slug(), term.name(), term.description(), term.resourceCount(),
					new TermItem.TermLinks(this.address.of(RESOURCES + "?" + parameter + "=" + term.slug()),
							(htmlPrefix != null) ? this.address.of(htmlPrefix + term.slug()) : null)))
			.toList(), new ItemList.SelfLink(this.address.of(BASE + path)));
	}

	private KnownTerms knownTerms() {
		Terms terms = this.catalogue.termsForFilters();
		return new KnownTerms(slugs(terms.categories()), slugs(terms.topics()), slugs(terms.evidence()));
	}

	private static Set<String> slugs(List<? extends TaxonomyTerm> terms) {
		return terms.stream().map(TaxonomyTerm::getSlug).collect(Collectors.toSet());
	}

	private ResourceItem item(ListedResource resource) {
		return new ResourceItem(resource.slug(), type(resource.kind()), resource.title(), resource.summary(),
				term(resource.category()), resource.topics().stream().map(OpenDataApi::term).toList(),
				term(resource.evidence()), ages(resource.ageRange()), cost(resource.costKind(), resource.costText()),
				resource.publishedAt(), latest(resource.publishedAt(), resource.updatedAt()), links(resource.slug()));
	}

	private ResourceDetail detail(ResourcePage page) {
		Map<String, TermCount> evidence = (page.evidence() != null)
				? this.openData.evidence()
					.stream()
					.collect(Collectors.toMap(TermCount::name, Function.identity(), (first, second) -> first))
				: Map.of();
		TermCount label = (page.evidence() != null) ? evidence.get(page.evidence()) : null;
		Instant updated = (page.lastUpdate() != null) ? latest(page.publishedAt(), page.lastUpdate().at())
				: page.publishedAt();
		return new ResourceDetail(page.slug(), type(page.kind()), page.title(), page.summary(),
				blankToNull(page.descriptionHtml()), term(page.category()),
				page.topics().stream().map(OpenDataApi::term).toList(),
				(label != null) ? new Term(label.slug(), label.name()) : null, ages(page.ageRange()),
				enumValue(page.sex()), cost(page.costKind(), page.costText()), page.aims(), page.implementationSteps(),
				page.contacts().stream().map(this::contact).toList(),
				(page.sourceOrganisation() != null) ? contact(page.sourceOrganisation()) : null, page.publisher(),
				page.audience(), page.externalUrl(), reference(page.replaces()), reference(page.replacedBy()),
				page.attachments().stream().map(this::attachment).toList(),
				page.changes().stream().map((change) -> new ChangeItem(change.at(), change.note())).toList(),
				page.related().stream().map(this::reference).toList(), page.publishedAt(), updated, links(page.slug()));
	}

	private ResourceReference reference(ResourcePage.Link link) {
		if (link == null) {
			return null;
		}
		return new ResourceReference(link.slug(), link.title(), type(link.kind()),
				(link.slug() != null) ? links(link.slug()) : null);
	}

	private AttachmentItem attachment(ResourcePage.Download download) {
		return new AttachmentItem(download.title(), download.fileName(), download.mediaType(), download.size().bytes(),
				download.pageCount(), download.mayNotBeAccessible(), this.address.of(download.path()),
				(download.thumbnailPath() != null) ? this.address.of(download.thumbnailPath()) : null);
	}

	private ContactItem contact(ContactDetails card) {
		return new ContactItem(card.slug(), card.organisation(), card.personName(), card.role(), card.telephone(),
				card.email(), card.website(), card.region(), card.lastVerifiedOn(),
				new ContactItem.ContactLinks(this.address.of("/contacts/" + card.slug())));
	}

	private ResourceLinks links(String slug) {
		return new ResourceLinks(this.address.of(RESOURCES + "/" + slug), this.address.of("/resources/" + slug));
	}

	private static Term term(ResourcePage.Term term) {
		return (term != null) ? new Term(term.slug(), term.name()) : null;
	}

	private static String type(ResourceKind kind) {
		return ListingQuery.kindParameter(kind);
	}

	private static Ages ages(AgeRange range) {
		return (range != null) ? new Ages(range.minimum(), range.maximum()) : new Ages(null, null);
	}

	private static Cost cost(CostKind kind, String text) {
		String name = switch ((kind != null) ? kind : CostKind.NOT_STATED) {
			case NONE -> CostFilter.FREE.parameter();
			case HAS_COST -> CostFilter.HAS_COST.parameter();
			case NOT_STATED -> "not-stated";
		};
		return new Cost(name, blankToNull(text));
	}

	private static String enumValue(Enum<?> value) {
		return (value != null) ? value.name().toLowerCase(Locale.ROOT).replace('_', '-') : null;
	}

	private static Instant latest(Instant published, Instant updated) {
		return (updated != null && published != null && updated.isAfter(published)) ? updated : published;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
