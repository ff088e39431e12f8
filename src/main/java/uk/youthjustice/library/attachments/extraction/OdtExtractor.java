package uk.youthjustice.library.attachments.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.SAXException;

import uk.youthjustice.library.attachments.ExtractionResult;
import uk.youthjustice.library.attachments.ExtractionStatus;

/**
 * OpenDocument text (.odt) with Apache Tika's OpenDocumentParser: the text as one block,
 * and the page count, title and author from the file's meta.xml. Tika reads the XML as a
 * stream, so a huge content.xml costs time (bounded by the time limit), not memory.
 */
class OdtExtractor implements Extractor {

	@Override
	public Set<String> mediaTypes() {
		return Set.of("application/vnd.oasis.opendocument.text");
	}

	@Override
	public ExtractionResult extract(Path file, ReadingLimits limits) throws IOException {
		BodyContentHandler body = new BodyContentHandler(limits.charactersLeft());
		Metadata metadata = new Metadata();
		try (TikaInputStream stream = TikaInputStream.get(file)) {
			new OpenDocumentParser().parse(stream, new Timed(body, limits), metadata, new ParseContext());
		}
		catch (EncryptedDocumentException ex) {
			throw new Unreadable(ExtractionStatus.ENCRYPTED, "attachments.extraction.reason.encrypted");
		}
		catch (SAXException ex) {
			if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				throw new Unreadable("attachments.extraction.reason.damaged", ex, ex.getMessage());
			}
		}
		catch (TikaException ex) {
			throw new Unreadable("attachments.extraction.reason.damaged", ex, ex.getMessage());
		}
		String text = limits.keep(body.toString());
		Integer pages = metadata.getInt(Office.PAGE_COUNT);
		return new ExtractionResult(text.isEmpty() ? ExtractionStatus.NO_TEXT_LAYER : ExtractionStatus.EXTRACTED, null,
				List.of(text), false, (pages != null && pages > 0) ? pages : null,
				DocumentProperties.clean(metadata.get(TikaCoreProperties.TITLE)),
				DocumentProperties.clean(metadata.get(TikaCoreProperties.CREATOR)), null, false);
	}

	/** Checks the time as the text streams past. */
	private static final class Timed extends ContentHandlerDecorator {

		private final ReadingLimits limits;

		Timed(BodyContentHandler body, ReadingLimits limits) {
			super(body);
			this.limits = limits;
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			this.limits.checkTime();
			super.characters(ch, start, length);
		}

		@Override
		public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts)
				throws SAXException {
			this.limits.checkTime();
			super.startElement(uri, localName, name, atts);
		}

	}

}
