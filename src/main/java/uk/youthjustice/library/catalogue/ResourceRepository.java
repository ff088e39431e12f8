package uk.youthjustice.library.catalogue;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceRepository extends JpaRepository<Resource, Long> {

	Optional<Resource> findBySlug(String slug);

}
