package uk.youthjustice.library.attachments.upload;

import java.io.ByteArrayInputStream;
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
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files of each kind, made by the libraries that write them. */
public final class TestFiles {

	private TestFiles() {
	}

	public static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	public static byte[] docx(String text) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
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

	/** An OLE2 file holding a WordDocument stream, as Word 97-2003 writes. */
	public static byte[] doc() throws IOException {
		try (POIFSFileSystem ole2 = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ole2.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
			ole2.createDocument(new ByteArrayInputStream(new byte[4096]), "1Table");
			ole2.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	/** An OpenDocument text: a zip whose first entry, stored, names its type. */
	public static byte[] odt() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry mimetype = new ZipEntry("mimetype");
			mimetype.setMethod(ZipEntry.STORED);
			mimetype.setSize(type.length);
			CRC32 crc = new CRC32();
			crc.update(type);
			mimetype.setCrc(crc.getValue());
			zip.putNextEntry(mimetype);
			zip.write(type);
			zip.closeEntry();
			entry(zip, "content.xml", "<?xml version=\"1.0\"?><office:document-content "
					+ "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
			entry(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest "
					+ "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>");
		}
		return bytes.toByteArray();
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

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
