package uk.youthjustice.library.attachments.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import uk.youthjustice.library.attachments.ExtractionResult;
import uk.youthjustice.library.attachments.ExtractionStatus;

/**
 * Word .docx with Apache POI (XWPF): the text as one block, and the page count Word
 * recorded when it last saved the file. Unpacking is bounded by POI's zip-bomb guard
 * ({@link PoiLimits}).
 */
class DocxExtractor implements Extractor {

	@Override
	public Set<String> mediaTypes() {
		return Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Override
	public ExtractionResult extract(Path file, ReadingLimits limits) throws IOException {
		OPCPackage zip;
		try {
			zip = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException ex) {
			throw new Unreadable("attachments.extraction.reason.damaged", ex, ex.getMessage());
		}
		try {
			limits.checkTime();
			XWPFDocument document = new XWPFDocument(zip);
			limits.checkTime();
			String text;
			try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
				// Closing the extractor would close the package, which POI refuses for
				// one
				// opened read-only; the finally block reverts it instead.
				extractor.setCloseFilesystem(false);
				text = limits.keep(extractor.getText());
			}
			POIXMLProperties properties = document.getProperties();
			var extended = properties.getExtendedProperties().getUnderlyingProperties();
			Integer pages = (extended.isSetPages() && extended.getPages() > 0) ? extended.getPages() : null;
			return new ExtractionResult(text.isEmpty() ? ExtractionStatus.NO_TEXT_LAYER : ExtractionStatus.EXTRACTED,
					null, List.of(text), false, pages,
					DocumentProperties.clean(properties.getCoreProperties().getTitle()),
					DocumentProperties.clean(properties.getCoreProperties().getCreator()), null, false);
		}
		finally {
			zip.revert();
		}
	}

}
