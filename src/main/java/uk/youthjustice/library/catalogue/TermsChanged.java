package uk.youthjustice.library.catalogue;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes the kept terms be read again when a category, topic or evidence label is added,
 * changed or deleted: once the transaction has ended, since a request reading them before
 * the commit still sees the old ones. Hibernate makes it through Spring, so it can be
 * given the bean.
 */
@Component
class TermsChanged {

	private final KeptTerms kept;

	TermsChanged(KeptTerms kept) {
		this.kept = kept;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(TaxonomyTerm term) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.kept.forget();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TermsChanged.this.kept.forget();
			}

		});
	}

}
