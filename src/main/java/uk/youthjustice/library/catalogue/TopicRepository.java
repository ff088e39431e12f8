package uk.youthjustice.library.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<Topic, Long> {

	Optional<Topic> findBySlug(String slug);

	List<Topic> findAllByOrderByName();

}
