package uk.youthjustice.library.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.youthjustice.library.support.WithLibrary;
import uk.youthjustice.library.system.LibrarySettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared test library starts empty, so the demo content is loaded into it at
 * start-up.
 */
@WithLibrary
class DemoContentIT {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoContentLoader loader;

	@Autowired
	LibrarySettings settings;

	@Test
	void loadsTheDemoLibrary() {
		assertThat(this.settings.get(DemoContentLoader.MARKER)).isPresent();
		assertThat(count("select count(*) from category")).isGreaterThanOrEqualTo(5);
		assertThat(count("select count(*) from topic")).isGreaterThanOrEqualTo(10);
		assertThat(count("select count(distinct category_id) from resource where slug in (" + demoSlugs() + ")"))
			.isGreaterThanOrEqualTo(5);
		assertThat(count("select count(*) from resource where slug in (" + demoSlugs() + ")")).isEqualTo(30);
		assertThat(count("select count(*) from contact_card where slug like '%-%' and email like '%example%'"))
			.isGreaterThanOrEqualTo(15);
		List<Integer> pageCounts = this.jdbc.queryForList("select page_count from attachment where file_name in ('"
				+ String.join(".pdf','", documentKeys()) + ".pdf') order by page_count", Integer.class);
		assertThat(pageCounts).hasSize(5).allSatisfy((pages) -> assertThat(pages).isBetween(3, 20));
		assertThat(count("select count(*) from attachment_page p join attachment a on a.id = p.attachment_id "
				+ "where a.file_name like '%.pdf' and p.text <> ''"))
			.isGreaterThanOrEqualTo(48);
	}

	@Test
	void loadsOnlyOnceAcrossRestarts() throws Exception {
		long resources = count("select count(*) from resource");
		long contacts = count("select count(*) from contact_card");
		long attachments = count("select count(*) from attachment");

		this.loader.run(new DefaultApplicationArguments());

		assertThat(count("select count(*) from resource")).isEqualTo(resources);
		assertThat(count("select count(*) from contact_card")).isEqualTo(contacts);
		assertThat(count("select count(*) from attachment")).isEqualTo(attachments);
	}

	private String demoSlugs() {
		return DemoContentTestData.resourceSlugs()
			.stream()
			.map((slug) -> "'" + slug + "'")
			.reduce((a, b) -> a + "," + b)
			.orElseThrow();
	}

	private List<String> documentKeys() {
		return DemoContentTestData.documentKeys();
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
