package uk.youthjustice.library.attachments;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files of each kind the library accepts or refuses, made by the libraries that write
 * them (PDFBox, POI, zip), the same every run. The one exception is a Word 97 file, which
 * nothing in Java can write: {@code src/test/resources/attachments/word-97.doc}.
 */
public final class TestFiles {

	private static final String ODT = "application/vnd.oasis.opendocument.text";

	private TestFiles() {
	}

	public static byte[] xlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Referrals").createRow(0).createCell(0).setCellValue("Referrals");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	public static byte[] pptx() throws IOException {
		try (XMLSlideShow slides = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			slides.createSlide();
			slides.write(out);
			return out.toByteArray();
		}
	}

	public static byte[] zip() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "notes.txt", "Some notes");
		}
		return bytes.toByteArray();
	}

	/** The start of a Windows program: the MZ header pointing at a PE header. */
	public static byte[] windowsProgram() {
		byte[] program = new byte[1024];
		program[0] = 'M';
		program[1] = 'Z';
		program[0x3c] = (byte) 0x80;
		program[0x80] = 'P';
		program[0x81] = 'E';
		return program;
	}

	/** The start of a Linux program. */
	public static byte[] elfProgram() {
		byte[] program = new byte[512];
		program[0] = 0x7f;
		program[1] = 'E';
		program[2] = 'L';
		program[3] = 'F';
		program[4] = 2;
		program[5] = 1;
		program[6] = 1;
		program[16] = 2;
		return program;
	}

	/** The start of a macOS program (64-bit Mach-O, little-endian). */
	public static byte[] machOProgram() {
		byte[] program = new byte[512];
		program[0] = (byte) 0xcf;
		program[1] = (byte) 0xfa;
		program[2] = (byte) 0xed;
		program[3] = (byte) 0xfe;
		program[12] = 2;
		return program;
	}

	public static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A PDF with one line of text a page, and a title and author. */
	public static byte[] pdf(String... pages) {
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle("Resettlement policy");
			document.getDocumentInformation().setAuthor("Leeds Youth Justice Service");
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (String text : pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 12);
					content.newLineAtOffset(72, 700);
					content.showText(text);
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Word document with text, a title, an author and a recorded page count. */
	public static byte[] docx(String... paragraphs) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String text : paragraphs) {
				document.createParagraph().createRun().setText(text);
			}
			document.getProperties().getCoreProperties().setTitle("Panel guidance");
			document.getProperties().getCoreProperties().setCreator("Youth Justice Board");
			document.getProperties().getExtendedProperties().getUnderlyingProperties().setPages(2);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The Word 97 file made once with LibreOffice from word-97.fodt beside it. */
	public static byte[] doc() {
		try (InputStream in = TestFiles.class.getResourceAsStream("/attachments/word-97.doc")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A minimal OpenDocument text file with a title, an author and a page count. */
	public static byte[] odt(String... paragraphs) {
		StringBuilder body = new StringBuilder();
		for (String text : paragraphs) {
			body.append("<text:p>").append(text).append("</text:p>");
		}
		String office = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" ";
		String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + office
				+ "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
				+ "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
		String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta " + office
				+ "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
				+ "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta>"
				+ "<dc:title>Family group conferences</dc:title><dc:creator>Cardiff YOS</dc:creator>"
				+ "<meta:document-statistic meta:page-count=\"3\"/></office:meta></office:document-meta>";
		String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
				+ "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
				+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + ODT + "\"/>"
				+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
				+ "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
				+ "</manifest:manifest>";
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			storedEntry(zip, "mimetype", ODT.getBytes(StandardCharsets.US_ASCII));
			entry(zip, "META-INF/manifest.xml", manifest);
			entry(zip, "meta.xml", meta);
			entry(zip, "content.xml", content);
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void storedEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(bytes.length);
		CRC32 crc = new CRC32();
		crc.update(bytes);
		entry.setCrc(crc.getValue());
		zip.putNextEntry(entry);
		zip.write(bytes);
		zip.closeEntry();
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** A PDF that runs JavaScript when opened, and names a document-level script. */
	public static byte[] scriptPdf() {
		try (PDDocument document = Loader.loadPDF(pdf("Fill in the form"))) {
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('Hello');"));
			PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
			scripts.setNames(Map.of("init", new PDActionJavaScript("this.print();")));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setJavascript(scripts);
			document.getDocumentCatalog().setNames(names);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
