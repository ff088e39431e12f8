package uk.youthjustice.library.dashboard;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import uk.youthjustice.library.catalogue.Category;
import uk.youthjustice.library.system.Choice;

/** The categories, as the resource list's category filter offers them. */
interface CategoryChoices extends Repository<Category, Long> {

	@Query("select new uk.youthjustice.library.system.Choice(c.slug, c.name) from Category c"
			+ " order by c.position, c.name")
	List<Choice> all();

}
