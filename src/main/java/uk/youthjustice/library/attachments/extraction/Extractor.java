package uk.youthjustice.library.attachments.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import uk.youthjustice.library.attachments.ExtractionResult;

/** Reads one family of file formats. */
interface Extractor {

	/** The media types read, without parameters. */
	Set<String> mediaTypes();

	/**
	 * Reads a file.
	 * @param file the stored file
	 * @param limits the time and text allowed
	 * @return what was found
	 * @throws Unreadable for a reason editors should see
	 * @throws IOException when the file is not what its type says, or is damaged
	 */
	ExtractionResult extract(Path file, ReadingLimits limits) throws IOException;

}
