package uk.youthjustice.library.attachments.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import uk.youthjustice.library.attachments.TestFiles;
import uk.youthjustice.library.attachments.UploadRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every refusal reads as a sentence naming the file, with nothing left unresolved. */
class RefusalMessagesTests {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	private final FileTypes types = new FileTypes();

	@TempDir
	Path directory;

	RefusalMessagesTests() {
		this.messages.setBasename("i18n/attachments");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setUseCodeAsDefaultMessage(false);
	}

	@Test
	void aProgramNamedAsADocumentSaysWhatItIs() throws IOException {
		assertThat(message("report.docx", TestFiles.windowsProgram()))
			.isEqualTo("report.docx is a program, not a Word document. Upload the document itself.");
	}

	@ParameterizedTest(name = "{0} ({2})")
	@MethodSource("uk.youthjustice.library.attachments.upload.FileTypesTests#refused")
	void everyRefusalResolves(String name, byte[] content, String reason, List<String> what) throws IOException {
		String message = message(name, content);

		assertThat(message).startsWith(FileNames.clean(name)).doesNotContain("{").doesNotContain("attachments.");
	}

	@Test
	void tooLargeNamesTheLimit() {
		UploadRefused refused = new UploadRefused("attachments.refused.too-large", "huge.pdf", "50 MB");

		assertThat(this.messages.getMessage(refused.getCode(), refused.getArguments(), Locale.UK))
			.isEqualTo("huge.pdf is too big. It must be 50 MB or smaller.");
	}

	private String message(String name, byte[] content) throws IOException {
		Path file = Files.write(Files.createTempFile(this.directory, "upload-", ".tmp"), content);
		UploadRefused refused = catchThrowableOfType(UploadRefused.class, () -> this.types.check(file, name));
		return this.messages.getMessage(refused.getCode(), refused.getArguments(), Locale.UK);
	}

}
