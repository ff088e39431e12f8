package uk.youthjustice.library.attachments.upload;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploaded names are cut to their last segment, cleaned and capped, never emptied. */
class FileNamesTests {

	@ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			../../etc/passwd.pdf               | passwd.pdf
			..\\..\\Windows\\system.ini.txt    | system.ini.txt
			C:\\Users\\Sam\\Desktop\\plan.docx | plan.docx
			'  report.pdf  '                   | report.pdf
			report.pdf.                        | report.pdf
			.pdf                               | attachment.pdf
			..                                 | attachment
			''                                 | attachment
			'   '                              | attachment
			folder/                            | attachment
			policy                             | policy
			""")
	void keepsTheLastSegmentOnly(String raw, String cleaned) {
		assertThat(FileNames.clean(raw)).isEqualTo(cleaned);
	}

	@Test
	void aMissingNameFallsBack() {
		assertThat(FileNames.clean(null)).isEqualTo("attachment");
	}

	@Test
	void dropsControlAndDirectionCharacters() {
		assertThat(FileNames.clean("bad\u0000name\r\n.pdf")).isEqualTo("badname.pdf");
		// Right-to-left override: "report\u202Efdp.exe" would read as "reportexe.pdf".
		assertThat(FileNames.clean("report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
	}

	@Test
	void keepsWelshLettersAndEmojiNormalised() {
		// "ŵ" written as w + combining circumflex comes back as the one character.
		String decomposed = "Canllaw w\u0302yr a\u0302 ty\u0302 \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67.pdf";

		String cleaned = FileNames.clean(decomposed);

		assertThat(cleaned).isEqualTo("Canllaw \u0175yr \u00E2 t\u0177 👨‍👩‍👧.pdf");
	}

	@Test
	void capsLongNamesAt255BytesKeepingTheExtension() {
		String cleaned = FileNames.clean("a".repeat(400) + ".docx");

		assertThat(cleaned).hasSize(255).endsWith("a.docx");
		assertThat(cleaned.getBytes(StandardCharsets.UTF_8)).hasSize(255);
	}

	@Test
	void capsLongNamesWithoutCuttingACharacterInHalf() {
		String cleaned = FileNames.clean("ŵ".repeat(100) + "😀".repeat(100) + ".pdf");

		assertThat(cleaned.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
		assertThat(cleaned).endsWith("😀.pdf").startsWith("ŵ".repeat(100));
		assertThat(new String(cleaned.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(cleaned);
	}

	@Test
	void namesWithoutExtensionTakeTheirContentsExtension() {
		assertThat(FileNames.withExtension("policy", "pdf")).isEqualTo("policy.pdf");
		assertThat(FileNames.withExtension("policy.pdf", "pdf")).isEqualTo("policy.pdf");
		assertThat(FileNames.withExtension("x".repeat(255), "docx")).hasSize(255).endsWith("x.docx");
	}

}
