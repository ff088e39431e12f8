package uk.youthjustice.library.attachments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The text read out of a resource's files, for the search index and its hits. Plain JDBC
 * rather than the entity manager: Hibernate Search asks for it while it flushes a
 * session, where a JPA query would flush again, and while it mass-indexes on threads
 * without one.
 */
@Component
public class AttachmentTexts {

	private static final String PAGES = """
			select a.id, a.text_by_page, p.page_number, p.text
			from attachment a left join attachment_page p on p.attachment_id = a.id
			where a.resource_id = ?
			order by a.position, a.id, p.page_number""";

	private final JdbcTemplate jdbc;

	AttachmentTexts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The resource's files and their text, in the order the resource lists them.
	 * @param resourceId the resource
	 * @return one entry a file, with its pages' text (none while it is unread or could
	 * not be read)
	 */
	public List<FileText> forResource(Long resourceId) {
		List<FileText> files = new ArrayList<>();
		this.jdbc.query(PAGES, (row) -> {
			long id = row.getLong(1);
			if (files.isEmpty() || files.get(files.size() - 1).attachmentId() != id) {
				files.add(new FileText(id, row.getBoolean(2), new ArrayList<>()));
			}
			String text = row.getString(4);
			if (text != null) {
				files.get(files.size() - 1).pages().add(new PageText(row.getInt(3), text));
			}
		}, resourceId);
		return files;
	}

	/**
	 * Some pages' text, with their files' titles and download addresses, in one query.
	 * @param pages the pages wanted
	 * @return each page there is, by page
	 */
	public Map<FilePage, PageOfFile> pages(Collection<FilePage> pages) {
		List<FilePage> wanted = pages.stream().distinct().toList();
		if (wanted.isEmpty()) {
			return Map.of();
		}
		String sql = "select a.id, p.page_number, a.title, a.file_name, p.text"
				+ " from attachment_page p join attachment a on a.id = p.attachment_id where " + String.join(" or ",
						Collections.nCopies(wanted.size(), "(p.attachment_id = ? and p.page_number = ?)"));
		Object[] arguments = new Object[wanted.size() * 2];
		for (int i = 0; i < wanted.size(); i++) {
			arguments[2 * i] = wanted.get(i).attachmentId();
			arguments[2 * i + 1] = wanted.get(i).number();
		}
		Map<FilePage, PageOfFile> found = new HashMap<>();
		this.jdbc.query(sql, (row) -> {
			long id = row.getLong(1);
			found.put(new FilePage(id, row.getInt(2)),
					new PageOfFile(row.getString(3), Attachment.downloadPath(id, row.getString(4)), row.getString(5)));
		}, arguments);
		return found;
	}

	/**
	 * A page's text and what a link to its file needs.
	 *
	 * @param fileTitle the file's title
	 * @param downloadPath where the file is downloaded
	 * @param text what was read from the page
	 */
	public record PageOfFile(String fileTitle, String downloadPath, String text) {
	}

	/**
	 * One page of an attached file.
	 *
	 * @param attachmentId the attachment
	 * @param number the page number, from 1; a file not read by page is page 1
	 */
	public record FilePage(long attachmentId, int number) {
	}

	/**
	 * One attached file's text.
	 *
	 * @param attachmentId the attachment
	 * @param byPage whether each entry of {@code pages} is a real page (PDF) rather than
	 * the whole text as one block
	 * @param pages the text, in page order
	 */
	public record FileText(long attachmentId, boolean byPage, List<PageText> pages) {
	}

	/**
	 * The text of one page.
	 *
	 * @param number the page number, from 1
	 * @param text what was read from it
	 */
	public record PageText(int number, String text) {
	}

}
