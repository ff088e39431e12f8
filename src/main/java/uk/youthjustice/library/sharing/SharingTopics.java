package uk.youthjustice.library.sharing;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

import uk.youthjustice.library.catalogue.Topic;

/** The topics a practitioner may tick. */
interface SharingTopics extends Repository<Topic, Long> {

	List<Topic> findAllByOrderByName();

	List<Topic> findByIdIn(Collection<Long> ids);

}
