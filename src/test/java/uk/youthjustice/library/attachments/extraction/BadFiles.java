package uk.youthjustice.library.attachments.extraction;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import static uk.youthjustice.library.attachments.TestFiles.docx;
import static uk.youthjustice.library.attachments.TestFiles.pdf;

/**
 * The bad-input corpus of issue 04, made on the spot: every file is generated from code
 * (PDFBox, POI, zip and byte surgery), the same every run. The one exception is a Word 97
 * file, which nothing in Java can write:
 * {@code src/test/resources/attachments/word-97.doc}.
 */
final class BadFiles {

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String DOC = "application/msword";

	static final String ODT = "application/vnd.oasis.opendocument.text";

	private BadFiles() {
	}

	/** A PDF of the given number of pages, each saying its number. */
	static byte[] pages(int count) {
		String[] texts = new String[count];
		Arrays.setAll(texts, (index) -> "Page " + (index + 1) + " of the practice guidance");
		return pdf(texts);
	}

	/** The first half of a PDF: the page tree and cross-reference table are lost. */
	static byte[] truncatedPdf() {
		byte[] whole = pdf("One", "Two", "Three");
		return Arrays.copyOf(whole, whole.length / 2);
	}

	/**
	 * A PDF whose cross-reference table points every object at the wrong place, and whose
	 * {@code startxref} points past the end of the file.
	 */
	static byte[] brokenCrossReferencePdf() {
		String text = new String(pdf("Broken but readable"), StandardCharsets.ISO_8859_1);
		int table = text.lastIndexOf("\nxref");
		int start = text.lastIndexOf("startxref");
		String broken = text.substring(0, table + 6)
				+ text.substring(table + 6, start).replaceAll("\\d{10} 00000 n", "0000000001 00000 n")
				+ "startxref\n999999\n%%EOF\n";
		return broken.getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * An AES-256 encrypted PDF; an empty user password opens it (an owner password only).
	 */
	static byte[] encryptedPdf(String userPassword) {
		try (PDDocument document = Loader.loadPDF(pdf("Confidential protocol"))) {
			AccessPermission permissions = new AccessPermission();
			permissions.setCanExtractContent(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
			policy.setEncryptionKeyLength(256);
			document.protect(policy);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF whose page tree lists itself among its own kids. */
	static byte[] loopingPdf() {
		try (PDDocument document = Loader.loadPDF(pdf("One", "Two"))) {
			COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
			COSDictionary middle = new COSDictionary();
			middle.setItem(COSName.TYPE, COSName.PAGES);
			COSArray kids = new COSArray();
			kids.add(root);
			middle.setItem(COSName.KIDS, kids);
			middle.setItem(COSName.PARENT, root);
			middle.setInt(COSName.COUNT, 1);
			root.getCOSArray(COSName.KIDS).add(middle);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A "scanned" PDF: one page that is a picture of text, with no text layer. */
	static byte[] scannedPdf() {
		BufferedImage scan = new BufferedImage(850, 1100, BufferedImage.TYPE_INT_RGB);
		Graphics2D pen = scan.createGraphics();
		pen.setColor(Color.WHITE);
		pen.fillRect(0, 0, 850, 1100);
		pen.setColor(Color.DARK_GRAY);
		for (int line = 0; line < 30; line++) {
			pen.fillRect(80, 100 + line * 30, 500 + (line * 37) % 190, 12);
		}
		pen.dispose();
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.LETTER);
			document.addPage(page);
			PDImageXObject image = LosslessFactory.createFromImage(document, scan);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A real .docx whose document part unpacks to {@code megabytes} of spaces: a few
	 * hundred kilobytes on disk.
	 */
	static byte[] docxZipBomb(int megabytes) {
		try (ZipInputStream real = new ZipInputStream(new ByteArrayInputStream(docx("Harmless")));
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				ZipOutputStream bomb = new ZipOutputStream(out)) {
			for (ZipEntry entry = real.getNextEntry(); entry != null; entry = real.getNextEntry()) {
				bomb.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					writeBombDocument(bomb, megabytes);
				}
				else {
					real.transferTo(bomb);
				}
				bomb.closeEntry();
			}
			bomb.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeBombDocument(OutputStream out, int megabytes) throws IOException {
		out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
				+ "<w:body><w:p><w:r><w:t xml:space=\"preserve\">")
			.getBytes(StandardCharsets.UTF_8));
		byte[] spaces = new byte[1024 * 1024];
		Arrays.fill(spaces, (byte) ' ');
		for (int i = 0; i < megabytes; i++) {
			out.write(spaces);
		}
		out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
	}

	/** UTF-8 text with a byte that is not UTF-8 in the middle of it. */
	static byte[] textWithMalformedByte() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("Cymraeg: ŵ ŷ — ".getBytes(StandardCharsets.UTF_8));
		out.write(0xFF);
		out.writeBytes(" end\u0000".getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

}
