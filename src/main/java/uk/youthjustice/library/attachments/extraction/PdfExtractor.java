package uk.youthjustice.library.attachments.extraction;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.youthjustice.library.attachments.ContentStore;
import uk.youthjustice.library.attachments.ExtractionResult;
import uk.youthjustice.library.attachments.ExtractionStatus;

/**
 * PDFs with PDFBox: text a page at a time, the document's title and author, whether it
 * carries JavaScript, and a PNG of the first page kept in the content store.
 */
class PdfExtractor implements Extractor {

	private static final Logger log = LoggerFactory.getLogger(PdfExtractor.class);

	/** A thumbnail taller than this many times its width is not worth drawing. */
	private static final int MAX_THUMBNAIL_ASPECT = 10;

	private final ContentStore store;

	private final int thumbnailWidth;

	PdfExtractor(ContentStore store, int thumbnailWidth) {
		this.store = store;
		this.thumbnailWidth = thumbnailWidth;
	}

	@Override
	public Set<String> mediaTypes() {
		return Set.of("application/pdf");
	}

	@Override
	public ExtractionResult extract(Path file, ReadingLimits limits) throws IOException {
		// Parsed objects stay in memory but stream data is read from the file, and
		// whatever
		// PDFBox must buffer goes to temporary files, not the heap.
		try (PDDocument document = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
			int pages = countPages(document, limits);
			if (pages == 0) {
				throw new Unreadable(ExtractionStatus.FAILED, "attachments.extraction.reason.no-pages");
			}
			List<String> texts = new PageStripper(limits).read(document, pages);
			boolean script = PdfScripts.present(document, limits);
			PDDocumentInformation info = document.getDocumentInformation();
			ExtractionStatus status = texts.stream().allMatch(String::isEmpty) ? ExtractionStatus.NO_TEXT_LAYER
					: ExtractionStatus.EXTRACTED;
			return new ExtractionResult(status, null, texts, true, pages, DocumentProperties.clean(info.getTitle()),
					DocumentProperties.clean(info.getAuthor()), thumbnail(document), script);
		}
		catch (InvalidPasswordException ex) {
			throw new Unreadable(ExtractionStatus.ENCRYPTED, "attachments.extraction.reason.encrypted");
		}
	}

	/**
	 * Counts the pages by walking the page tree, refusing a tree that refers back to
	 * itself: PDFBox would read such pages again and again.
	 */
	private static int countPages(PDDocument document, ReadingLimits limits) throws Unreadable {
		COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
		if (root == null) {
			return 0;
		}
		Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSDictionary> todo = new ArrayDeque<>();
		todo.push(root);
		int pages = 0;
		while (!todo.isEmpty()) {
			limits.checkTime();
			COSDictionary node = todo.pop();
			if (!seen.add(node)) {
				throw new Unreadable(ExtractionStatus.FAILED, "attachments.extraction.reason.page-tree-loop");
			}
			COSArray kids = node.getCOSArray(COSName.KIDS);
			if (!COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) && kids == null) {
				pages++;
			}
			else if (kids != null) {
				for (int i = 0; i < kids.size(); i++) {
					if (kids.getObject(i) instanceof COSDictionary kid) {
						todo.push(kid);
					}
				}
			}
		}
		return pages;
	}

	/** A picture of the first page, or {@code null} when it cannot be drawn. */
	private String thumbnail(PDDocument document) {
		try {
			PDPage first = document.getPage(0);
			PDRectangle box = first.getCropBox();
			boolean sideways = first.getRotation() % 180 != 0;
			float width = sideways ? box.getHeight() : box.getWidth();
			float height = sideways ? box.getWidth() : box.getHeight();
			if (width < 1 || height / width > MAX_THUMBNAIL_ASPECT) {
				return null;
			}
			PDFRenderer renderer = new PDFRenderer(document);
			// Draws large scanned images from a sample of their pixels: a thumbnail needs
			// no more.
			renderer.setSubsamplingAllowed(true);
			BufferedImage image = renderer.renderImage(0, this.thumbnailWidth / width, ImageType.RGB);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return this.store.store(new ByteArrayInputStream(png.toByteArray()), "thumbnail.png", "image/png").sha256();
		}
		catch (IOException | RuntimeException ex) {
			// The text matters more than the picture: the file is still read without one.
			log.info("Could not draw the first page of a PDF: {}", ex.toString());
			return null;
		}
	}

	/**
	 * PDFBox's text stripper, collecting each page's text as it finishes it rather than
	 * the whole document as one string.
	 */
	private static final class PageStripper extends PDFTextStripper {

		private final ReadingLimits limits;

		private final StringWriter page = new StringWriter();

		private final List<String> texts = new ArrayList<>();

		PageStripper(ReadingLimits limits) {
			this.limits = limits;
			setSuppressDuplicateOverlappingText(false);
		}

		List<String> read(PDDocument document, int pages) throws IOException {
			writeText(document, this.page);
			padTo(pages);
			return this.texts;
		}

		@Override
		public void processPage(PDPage page) throws IOException {
			this.limits.checkTime();
			// Once the text allowance is used up the remaining pages count but are not
			// read.
			if (!this.limits.textFull()) {
				super.processPage(page);
			}
		}

		@Override
		protected void startPage(PDPage page) {
			this.page.getBuffer().setLength(0);
		}

		@Override
		protected void endPage(PDPage page) {
			// Pages without content are skipped by the stripper: they are blank pages
			// here.
			padTo(getCurrentPageNo() - 1);
			this.texts.add(this.limits.keep(this.page.toString()));
			this.page.getBuffer().setLength(0);
		}

		private void padTo(int size) {
			while (this.texts.size() < size) {
				this.texts.add("");
			}
		}

	}

}
