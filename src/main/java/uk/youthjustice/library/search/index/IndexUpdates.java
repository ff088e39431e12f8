package uk.youthjustice.library.search.index;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.youthjustice.library.attachments.AttachmentRemoved;
import uk.youthjustice.library.attachments.AttachmentTextExtracted;
import uk.youthjustice.library.catalogue.Resource;

/**
 * Re-indexes a resource when one of its files has been read or removed: the files are not
 * an association Hibernate Search follows ({@link AttachmentTextBinder}). Runs after the
 * change commits, so the new document reads the committed text, on the thread that made
 * it, so a search made after the change finds it.
 */
@Component
class IndexUpdates {

	private final EntityManager entityManager;

	IndexUpdates(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(AttachmentTextExtracted extracted) {
		reindex(extracted.resourceId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(AttachmentRemoved removed) {
		reindex(removed.resourceId());
	}

	private void reindex(Long resourceId) {
		Resource resource = this.entityManager.find(Resource.class, resourceId);
		if (resource != null) {
			Search.session(this.entityManager).indexingPlan().addOrUpdate(resource);
		}
	}

}
