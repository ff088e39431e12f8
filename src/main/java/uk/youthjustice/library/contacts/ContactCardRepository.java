package uk.youthjustice.library.contacts;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactCardRepository extends JpaRepository<ContactCard, Long> {

	Optional<ContactCard> findBySlug(String slug);

	Optional<ContactCard> findFirstByEmailIgnoreCase(String email);

}
