package uk.youthjustice.library.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.catalogue.Catalogue;
import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.TaxonomyTerm;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.contacts.ContactCard;
import uk.youthjustice.library.history.VersionRow.Change;
import uk.youthjustice.library.system.Slugs;

/**
 * The history feature's public surface: the recorded versions of resources, contact cards
 * and taxonomy terms, the differences between any two, and restoring an earlier one.
 * Versions are numbered per item from 1, the first recorded.
 */
@Service
@Transactional(readOnly = true)
public class History {

	private final EntityManager entityManager;

	private final Snapshots snapshots;

	private final Catalogue catalogue;

	private final ResourceAddresses addresses;

	History(EntityManager entityManager, Snapshots snapshots, Catalogue catalogue, ResourceAddresses addresses) {
		this.entityManager = entityManager;
		this.snapshots = snapshots;
		this.catalogue = catalogue;
		this.addresses = addresses;
	}

	/** The item's versions, newest first; empty if it has never existed. */
	public Optional<HistoryPage> history(ItemType type, long id) {
		return load(type, id).map((versions) -> {
			List<Version> comparable = versions.list().stream().filter(Version::hasContent).toList();
			int to = comparable.isEmpty() ? 0 : comparable.get(comparable.size() - 1).number();
			int from = (comparable.size() < 2) ? 0 : comparable.get(comparable.size() - 2).number();
			List<VersionRow> rows = new ArrayList<>(versions.list().stream().map(versions::row).toList());
			Collections.reverse(rows);
			return new HistoryPage(versions.item(), rows, from, to);
		});
	}

	/**
	 * The fields that differ between two versions; empty if the item or either version
	 * does not exist, or a version is a deletion (which has no content).
	 */
	public Optional<ComparePage> compare(ItemType type, long id, int from, int to) {
		return load(type, id).flatMap(
				(versions) -> versions.withContent(from).flatMap((earlier) -> versions.withContent(to).map((later) -> {
					List<FieldChange> changes = Differences.between(this.snapshots.of(earlier.entity()).fields(),
							this.snapshots.of(later.entity()).fields());
					return new ComparePage(versions.item(), versions.row(earlier), versions.row(later), changes);
				})));
	}

	/** What restoring a version would do; empty if it cannot be restored at all. */
	public Optional<RestorePage> restorePage(ItemType type, long id, int number) {
		return load(type, id).flatMap((versions) -> versions.restorable(number).map((version) -> {
			List<String> leftOut = new ArrayList<>();
			String problem = null;
			if (version.entity() instanceof Resource earlier) {
				problem = (current(Category.class, earlier.getCategory()) == null) ? "history.restore.no-category"
						: null;
				leftOut = missing(earlier);
			}
			return new RestorePage(versions.item(), versions.row(version), versions.latestWithContent(), leftOut,
					problem);
		}));
	}

	/**
	 * Restores a version: a resource's as a new draft, anything else's by writing its
	 * values back onto the item, which records a new version.
	 * @return what was done; empty if the version cannot be restored
	 */
	@Transactional
	public Optional<Restored> restore(ItemType type, long id, int number) {
		return load(type, id).flatMap((versions) -> versions.restorable(number)).flatMap((version) -> {
			if (version.entity() instanceof Resource earlier) {
				return restoreAsDraft(earlier, version.number());
			}
			writeBack(type, id, version.entity());
			return Optional.of(new Restored("/admin/" + type.path() + "/" + id + "/history", version.number(),
					this.snapshots.name(version.entity()), false));
		});
	}

	private Optional<Restored> restoreAsDraft(Resource earlier, int number) {
		Category category = current(Category.class, earlier.getCategory());
		if (category == null) {
			return Optional.empty();
		}
		String slug = Slugs.unique(earlier.getTitle(), this.addresses::isTaken);
		Resource draft = new Resource(earlier.getKind(), slug, earlier.getTitle(), category);
		draft.setSummary(earlier.getSummary());
		draft.setDescription(earlier.getDescription());
		draft.setEvidence(current(EvidenceClassification.class, earlier.getEvidence()));
		draft.setAgeRange(earlier.getAgeRange());
		draft.setSex(earlier.getSex());
		draft.setCostKind(earlier.getCostKind());
		draft.setCostText(earlier.getCostText());
		draft.getAims().addAll(earlier.getAims());
		draft.getImplementationSteps().addAll(earlier.getImplementationSteps());
		draft.getAudience().addAll(earlier.getAudience());
		earlier.getTopics()
			.stream()
			.map((topic) -> current(Topic.class, topic))
			.filter(Objects::nonNull)
			.forEach(draft.getTopics()::add);
		earlier.getContacts()
			.stream()
			.map((card) -> current(ContactCard.class, card))
			.filter(Objects::nonNull)
			.forEach(draft.getContacts()::add);
		draft.setSourceOrganisation(current(ContactCard.class, earlier.getSourceOrganisation()));
		draft.setPublisher(earlier.getPublisher());
		draft.setExternalUrl(earlier.getExternalUrl());
		draft.setReviewDueOn(earlier.getReviewDueOn());
		Resource saved = this.catalogue.save(draft);
		return Optional.of(new Restored("/admin/resources/" + saved.getId(), number, earlier.getTitle(),
				!missing(earlier).isEmpty()));
	}

	private void writeBack(ItemType type, long id, Object earlier) {
		Object item = this.entityManager.find(type.entity(), id);
		if (item instanceof ContactCard card && earlier instanceof ContactCard values) {
			card.setOrganisation(values.getOrganisation());
			card.setPersonName(values.getPersonName());
			card.setRole(values.getRole());
			card.setTelephone(values.getTelephone());
			card.setEmail(values.getEmail());
			card.setWebsite(values.getWebsite());
			card.setRegion(values.getRegion());
			card.setLastVerifiedOn(values.getLastVerifiedOn());
		}
		else if (item instanceof TaxonomyTerm term && earlier instanceof TaxonomyTerm values) {
			term.restore(values.getName(), values.getDescription());
			if (term instanceof Category category && values instanceof Category position) {
				category.moveTo(position.getPosition());
			}
			if (term instanceof EvidenceClassification label && values instanceof EvidenceClassification position) {
				label.moveTo(position.getPosition());
			}
		}
	}

	/** Names of what an earlier version refers to that has since been deleted. */
	private List<String> missing(Resource earlier) {
		List<String> missing = new ArrayList<>();
		BiConsumer<Class<?>, Object> check = (type, reference) -> {
			if (reference != null && current(type, reference) == null) {
				missing.add(this.snapshots.name(reference));
			}
		};
		check.accept(EvidenceClassification.class, earlier.getEvidence());
		earlier.getTopics().forEach((topic) -> check.accept(Topic.class, topic));
		earlier.getContacts().forEach((card) -> check.accept(ContactCard.class, card));
		check.accept(ContactCard.class, earlier.getSourceOrganisation());
		return missing.stream().filter(Objects::nonNull).distinct().toList();
	}

	/**
	 * The item as it is now that an old version refers to, or {@code null} if it has been
	 * deleted.
	 */
	private <T> T current(Class<T> type, Object earlier) {
		if (earlier == null) {
			return null;
		}
		Long id = (earlier instanceof ContactCard card) ? card.getId() : ((TaxonomyTerm) earlier).getId();
		return this.entityManager.find(type, id);
	}

	private Optional<Versions> load(ItemType type, long id) {
		List<?> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type.entity(), false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		Object now = this.entityManager.find(type.entity(), id);
		if (rows.isEmpty() && now == null) {
			return Optional.empty();
		}
		List<Version> list = new ArrayList<>();
		for (Object row : rows) {
			Object[] cells = (Object[]) row;
			list.add(new Version(list.size() + 1, cells[0], (Revision) cells[1], (RevisionType) cells[2]));
		}
		Object named = now;
		for (Version version : list) {
			named = (now == null && version.hasContent()) ? version.entity() : named;
		}
		String name = (named != null) ? this.snapshots.name(named) : null;
		return Optional.of(new Versions(new Item(type, id, name, now != null), list));
	}

	/** One recorded version, as Envers reads it. */
	private record Version(int number, Object entity, Revision revision, RevisionType type) {

		boolean hasContent() {
			return this.type != RevisionType.DEL;
		}

	}

	/** All of an item's versions, oldest first. */
	private final class Versions {

		private final Item item;

		private final List<Version> list;

		Versions(Item item, List<Version> list) {
			this.item = item;
			this.list = list;
		}

		Item item() {
			return this.item;
		}

		List<Version> list() {
			return this.list;
		}

		Optional<Version> withContent(int number) {
			return (number >= 1 && number <= this.list.size())
					? Optional.of(this.list.get(number - 1)).filter(Version::hasContent) : Optional.empty();
		}

		int latestWithContent() {
			return this.list.stream().filter(Version::hasContent).mapToInt(Version::number).max().orElse(0);
		}

		Optional<Version> restorable(int number) {
			return withContent(number).filter(this::isRestorable);
		}

		/**
		 * A resource's version becomes a new draft, so any will do except the current
		 * one; other items are written back onto, so they must still exist.
		 */
		private boolean isRestorable(Version version) {
			boolean latest = version.number() == this.list.size();
			return version.hasContent() && (this.item.type().restoresAsDraft() ? !latest || !this.item.exists()
					: this.item.exists() && !latest);
		}

		VersionRow row(Version version) {
			Change change = switch (version.type()) {
				case ADD -> Change.CREATED;
				case MOD -> Change.CHANGED;
				case DEL -> Change.DELETED;
			};
			String status = version.hasContent() ? History.this.snapshots.status(version.entity()) : null;
			return new VersionRow(version.number(), version.revision().getChangedAt(),
					History.this.snapshots.dateTime(version.revision().getChangedAt()),
					version.revision().getChangedBy(), change, status, version.hasContent(), isRestorable(version));
		}

	}

}
