package uk.youthjustice.library.attachments.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import uk.youthjustice.library.attachments.ExtractionResult;
import uk.youthjustice.library.attachments.ExtractionStatus;

/**
 * Word 97–2003 .doc with Apache POI (HWPF): the text as one block, and the page count,
 * title and author from the file's summary information.
 */
class DocExtractor implements Extractor {

	@Override
	public Set<String> mediaTypes() {
		return Set.of("application/msword");
	}

	@Override
	public ExtractionResult extract(Path file, ReadingLimits limits) throws IOException {
		try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
			HWPFDocument document = new HWPFDocument(container);
			limits.checkTime();
			String text;
			try (WordExtractor extractor = new WordExtractor(document)) {
				text = limits.keep(extractor.getText());
			}
			SummaryInformation summary = document.getSummaryInformation();
			Integer pages = (summary != null && summary.getPageCount() > 0) ? summary.getPageCount() : null;
			return new ExtractionResult(text.isEmpty() ? ExtractionStatus.NO_TEXT_LAYER : ExtractionStatus.EXTRACTED,
					null, List.of(text), false, pages,
					(summary != null) ? DocumentProperties.clean(summary.getTitle()) : null,
					(summary != null) ? DocumentProperties.clean(summary.getAuthor()) : null, null, false);
		}
	}

}
