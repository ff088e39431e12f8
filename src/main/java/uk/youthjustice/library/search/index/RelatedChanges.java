package uk.youthjustice.library.search.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.catalogue.EvidenceClassification;
import uk.youthjustice.library.catalogue.Resource;
import uk.youthjustice.library.catalogue.Topic;
import uk.youthjustice.library.contacts.ContactCard;

/**
 * Re-indexes the resources that show a contact card, category, topic or evidence label
 * whose searchable name has just changed. Those entities have no association back to
 * their resources for Hibernate Search to follow, so the resource mapping embeds them
 * shallowly; this does the rest, after the change commits.
 */
@Component
class RelatedChanges implements PostUpdateEventListener {

	private static final Set<String> SEARCHED = Set.of("organisation", "personName", "name", "slug");

	private static final String SHOWING_CARD = """
			select distinct r from Resource r left join r.contacts c
			where c = :changed or r.sourceOrganisation = :changed""";

	private static final String IN_CATEGORY = "select r from Resource r where r.category = :changed";

	private static final String WITH_TOPIC = "select r from Resource r join r.topics t where t = :changed";

	private static final String WITH_EVIDENCE = "select r from Resource r where r.evidence = :changed";

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final TransactionTemplate newTransaction;

	RelatedChanges(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			PlatformTransactionManager transactions) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	@PostConstruct
	void listen() {
		this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class)
			.appendListeners(EventType.POST_UPDATE, this);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		Object entity = event.getEntity();
		if (!(entity instanceof ContactCard || entity instanceof Category || entity instanceof Topic
				|| entity instanceof EvidenceClassification) || !searchedChanged(event)
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		Class<?> type = entity.getClass();
		Object id = event.getId();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				reindexResourcesOf(type, id);
			}
		});
	}

	private void reindexResourcesOf(Class<?> type, Object id) {
		this.newTransaction.executeWithoutResult((status) -> {
			Object changed = this.entityManager.find(type, id);
			String query = (changed instanceof ContactCard) ? SHOWING_CARD : (changed instanceof Category) ? IN_CATEGORY
					: (changed instanceof Topic) ? WITH_TOPIC : WITH_EVIDENCE;
			List<Resource> resources = this.entityManager.createQuery(query, Resource.class)
				.setParameter("changed", changed)
				.getResultList();
			resources.forEach((resource) -> Search.session(this.entityManager).indexingPlan().addOrUpdate(resource));
		});
	}

	private static boolean searchedChanged(PostUpdateEvent event) {
		int[] dirty = event.getDirtyProperties();
		String[] names = event.getPersister().getPropertyNames();
		if (dirty == null) {
			return true;
		}
		Set<String> changed = new LinkedHashSet<>();
		for (int index : dirty) {
			changed.add(names[index]);
		}
		return changed.stream().anyMatch(SEARCHED::contains);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

}
