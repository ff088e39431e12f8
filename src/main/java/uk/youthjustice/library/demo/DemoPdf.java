package uk.youthjustice.library.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import uk.youthjustice.library.demo.DemoLibrary.Document;
import uk.youthjustice.library.demo.DemoLibrary.Document.Section;

/** Lays out a demo document as an A4 PDF with PDFBox, one section a page. */
final class DemoPdf {

	private static final float MARGIN = 72;

	private static final float BODY_SIZE = 11;

	private static final float LEADING = 15;

	private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private DemoPdf() {
	}

	static byte[] render(Document document) throws IOException {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = pdf.getDocumentInformation();
			info.setTitle(document.title());
			info.setAuthor(document.author());
			int pageNumber = 1;
			for (Section section : document.sections()) {
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				writePage(pdf, page, document, section, pageNumber++);
			}
			pdf.save(out);
			return out.toByteArray();
		}
	}

	private static void writePage(PDDocument pdf, PDPage page, Document document, Section section, int pageNumber)
			throws IOException {
		float width = page.getMediaBox().getWidth() - 2 * MARGIN;
		try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
			text.beginText();
			text.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
			line(text, BOLD, 9, LEADING * 2, document.title());
			line(text, BOLD, 16, LEADING * 1.6f, section.heading());
			for (String paragraph : section.paragraphs()) {
				for (String wrapped : wrap(paragraph, REGULAR, BODY_SIZE, width)) {
					line(text, REGULAR, BODY_SIZE, LEADING, wrapped);
				}
				text.newLineAtOffset(0, -LEADING / 2);
			}
			text.endText();
			text.beginText();
			text.newLineAtOffset(MARGIN, MARGIN / 2);
			line(text, REGULAR, 9, LEADING, document.author() + " - page " + pageNumber);
			text.endText();
		}
	}

	private static void line(PDPageContentStream text, PDFont font, float size, float advance, String value)
			throws IOException {
		text.setFont(font, size);
		text.showText(value);
		text.newLineAtOffset(0, -advance);
	}

	private static List<String> wrap(String paragraph, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : paragraph.split("\\s+")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
				lines.add(current.toString());
				current = new StringBuilder(word);
			}
			else {
				current = new StringBuilder(candidate);
			}
		}
		if (!current.isEmpty()) {
			lines.add(current.toString());
		}
		return lines;
	}

}
