package uk.youthjustice.library.attachments.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.MessageSourceResolvable;

import uk.youthjustice.library.attachments.TestFiles;
import uk.youthjustice.library.attachments.UploadRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Files are taken or refused by what their bytes are, and their names must agree. */
class FileTypesTests {

	private static final String CSV_TEXT = "Area,Referrals\nLeeds,12\nCardiff,9\n";

	private final FileTypes types = new FileTypes();

	@TempDir
	Path directory;

	static Stream<Arguments> accepted() throws IOException {
		return Stream.of(arguments("policy.pdf", TestFiles.pdf("Policy"), "policy.pdf", "application/pdf"),
				arguments("guide.docx", TestFiles.docx("Guide"), "guide.docx",
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
				arguments("old-guide.doc", TestFiles.doc(), "old-guide.doc", "application/msword"),
				arguments("protocol.odt", TestFiles.odt(), "protocol.odt", "application/vnd.oasis.opendocument.text"),
				arguments("figures.xlsx", TestFiles.xlsx(), "figures.xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				arguments("training.pptx", TestFiles.pptx(), "training.pptx",
						"application/vnd.openxmlformats-officedocument.presentationml.presentation"),
				arguments("figures.csv", TestFiles.text(CSV_TEXT), "figures.csv", "text/csv"),
				arguments("notes.txt", TestFiles.text("Notes on the panel meeting\n"), "notes.txt", "text/plain"),
				arguments("Nodiadau ŵyr.TXT", TestFiles.text("Cyfarfod y panel, â ŵ ŷ\n"), "Nodiadau ŵyr.TXT",
						"text/plain"),
				// Word's two formats go by each other's names; the content decides the
				// type.
				arguments("renamed.docx", TestFiles.doc(), "renamed.docx", "application/msword"),
				// No extension: the content's is added.
				arguments("policy", TestFiles.pdf("Policy"), "policy.pdf", "application/pdf"),
				arguments("../../etc/passwd.pdf", TestFiles.pdf("Policy"), "passwd.pdf", "application/pdf"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void accepted(String name, byte[] content, String keptName, String mediaType) throws IOException {
		FileTypes.Accepted accepted = this.types.check(write(content), name);

		assertThat(accepted.fileName()).isEqualTo(keptName);
		assertThat(accepted.mediaType()).isEqualTo(mediaType);
	}

	static Stream<Arguments> refused() throws IOException {
		return Stream.of(arguments("empty.pdf", new byte[0], "empty", List.of()),
				arguments("report.docx", TestFiles.windowsProgram(), "mismatch", List.of("program", "word")),
				arguments("setup.exe", TestFiles.windowsProgram(), "dangerous", List.of("program")),
				arguments("tool", TestFiles.elfProgram(), "dangerous", List.of("program")),
				arguments("tool.pdf", TestFiles.elfProgram(), "mismatch", List.of("program", "pdf")),
				arguments("app.pdf", TestFiles.machOProgram(), "mismatch", List.of("program", "pdf")),
				arguments("install.sh", TestFiles.text("#!/bin/sh\nrm -rf /\n"), "dangerous", List.of("script")),
				arguments("notes.txt", TestFiles.text("#!/bin/sh\nrm -rf /\n"), "mismatch", List.of("script", "text")),
				arguments("notes", TestFiles.text("#!/usr/bin/env python3\nprint(1)\n"), "dangerous",
						List.of("script")),
				arguments("app.js", TestFiles.text("document.location = 'https://example.org';\n"), "dangerous",
						List.of("script")),
				arguments("tidy.ps1", TestFiles.text("Remove-Item C:\\ -Recurse\n"), "dangerous", List.of("script")),
				arguments("start.bat", TestFiles.text("@echo off\ndel *.*\n"), "dangerous", List.of("script")),
				arguments("page.html",
						TestFiles.text("<!DOCTYPE html><html><head><title>Hi</title></head><body></body></html>"),
						"dangerous", List.of("web-page")),
				arguments("page.txt",
						TestFiles.text("<!DOCTYPE html><html><head><title>Hi</title></head><body></body></html>"),
						"mismatch", List.of("web-page", "text")),
				arguments("logo.svg",
						TestFiles.text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
						"dangerous", List.of("svg")),
				arguments("logo.txt",
						TestFiles.text("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"),
						"mismatch", List.of("svg", "text")),
				arguments("data.txt",
						TestFiles.text("<?xml version=\"1.0\"?><referrals><area>Leeds</area></referrals>"), "mismatch",
						List.of("xml", "text")),
				arguments("data.xml",
						TestFiles.text("<?xml version=\"1.0\"?><referrals><area>Leeds</area></referrals>"),
						"not-accepted", List.of("xml")),
				arguments("report.pdf", TestFiles.text("Not a PDF at all\n"), "mismatch", List.of("text", "pdf")),
				arguments("report.pdf", TestFiles.zip(), "mismatch", List.of("archive", "pdf")),
				arguments("bundle.zip", TestFiles.zip(), "not-accepted", List.of("archive")),
				arguments("figures.docx", TestFiles.xlsx(), "mismatch", List.of("xlsx", "word")),
				arguments("guide.pdf", TestFiles.docx("Guide"), "mismatch", List.of("word", "pdf")),
				arguments("notes.md", TestFiles.text("# Notes\n"), "not-accepted", List.of("other")));
	}

	@ParameterizedTest(name = "{0} ({2})")
	@MethodSource
	void refused(String name, byte[] content, String reason, List<String> what) throws IOException {
		UploadRefused refused = catchThrowableOfType(UploadRefused.class, () -> this.types.check(write(content), name));

		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.getCode()).isEqualTo("attachments.refused." + reason);
		assertThat(refused.getArguments()[0]).isEqualTo(FileNames.clean(name));
		List<String> described = Arrays.stream(refused.getArguments())
			.skip(1)
			.map((argument) -> ((MessageSourceResolvable) argument).getCodes()[0].replace("attachments.type.", ""))
			.toList();
		assertThat(described).isEqualTo(what);
	}

	private Path write(byte[] content) throws IOException {
		return Files.write(Files.createTempFile(this.directory, "upload-", ".tmp"), content);
	}

}
