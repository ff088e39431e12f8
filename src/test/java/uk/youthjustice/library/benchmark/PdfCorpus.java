package uk.youthjustice.library.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text PDFs for the extraction benchmark, the same for a given seed: pages of justified
 * prose-like lines in a heading and a body font, on A4 or Letter, some in two columns.
 */
public final class PdfCorpus {

	private static final String[] WORDS = ("youth justice service child referral panel assessment plan "
			+ "resettlement accommodation education training employment health speech language "
			+ "communication family carer victim restorative intervention order court custody "
			+ "remand diversion prevention review safeguarding risk need strength desistance "
			+ "mentor practitioner partnership police probation local authority school college "
			+ "outcome evidence evaluation guidance protocol the of and to in for with on by at")
		.split(" ");

	private static final int LINES = 46;

	private PdfCorpus() {
	}

	/**
	 * Writes {@code files} PDFs of 5 to 120 pages each.
	 * @return the files written
	 */
	static List<Path> write(Path directory, long seed, int files) throws IOException {
		Files.createDirectories(directory);
		Random random = new Random(seed);
		List<Path> written = new ArrayList<>();
		for (int i = 0; i < files; i++) {
			int pages = 5 + random.nextInt(116);
			Path file = directory.resolve(String.format("corpus-%02d-%d-pages.pdf", i, pages));
			write(file, pages, random, random.nextInt(4) == 0);
			written.add(file);
		}
		return written;
	}

	/** Writes one PDF of the given number of single-column pages. */
	public static Path write(Path file, int pages, long seed) throws IOException {
		write(file, pages, new Random(seed), false);
		return file;
	}

	private static void write(Path file, int pages, Random random, boolean twoColumns) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDType1Font heading = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDType1Font body = new PDType1Font(
					random.nextBoolean() ? Standard14Fonts.FontName.TIMES_ROMAN : Standard14Fonts.FontName.HELVETICA);
			PDRectangle size = random.nextBoolean() ? PDRectangle.A4 : PDRectangle.LETTER;
			for (int number = 1; number <= pages; number++) {
				PDPage page = new PDPage(size);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(heading, 14);
					content.newLineAtOffset(56, size.getHeight() - 64);
					content.showText("Section " + number + ": " + sentence(random, 5));
					content.endText();
					int columns = twoColumns ? 2 : 1;
					float columnWidth = (size.getWidth() - 112) / columns;
					for (int column = 0; column < columns; column++) {
						content.beginText();
						content.setFont(body, 10);
						content.setLeading(14);
						content.newLineAtOffset(56 + column * columnWidth, size.getHeight() - 92);
						for (int line = 0; line < LINES; line++) {
							content.showText(sentence(random, twoColumns ? 6 : 12));
							content.newLine();
						}
						content.endText();
					}
				}
			}
			document.save(file.toFile());
		}
	}

	private static String sentence(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append((i == 0) ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}

}
