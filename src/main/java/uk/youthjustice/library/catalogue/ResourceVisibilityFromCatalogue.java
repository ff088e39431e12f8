package uk.youthjustice.library.catalogue;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.youthjustice.library.attachments.ResourceVisibility;

/**
 * Tells the attachments feature whether a resource's files may be served to the public:
 * by the same rule as its page ({@link Resource#isPublicAt}), asked of the database on
 * every download so that unpublishing takes effect at once.
 */
@Component
@Transactional(readOnly = true)
class ResourceVisibilityFromCatalogue implements ResourceVisibility {

	private final ResourceRepository resources;

	private final Clock clock;

	ResourceVisibilityFromCatalogue(ResourceRepository resources, Clock clock) {
		this.resources = resources;
		this.clock = clock;
	}

	@Override
	public boolean isPublic(Long resourceId) {
		return resourceId != null && this.resources.isPublicAt(resourceId, this.clock.instant());
	}

}
