package uk.youthjustice.library.sharing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

import uk.youthjustice.library.catalogue.Category;

/** The categories a practitioner may suggest and an editor files a draft under. */
interface SharingCategories extends Repository<Category, Long> {

	List<Category> findAllByOrderByPositionAscNameAsc();

	Optional<Category> findById(Long id);

}
