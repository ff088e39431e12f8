package uk.youthjustice.library.attachments.extraction;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.youthjustice.library.attachments.AttachmentsProperties;
import uk.youthjustice.library.attachments.ContentStore;
import uk.youthjustice.library.attachments.ExtractionResult;
import uk.youthjustice.library.attachments.ExtractionStatus;

/**
 * Chooses the extractor for a file's media type and turns whatever goes wrong into a
 * final status with a reason editors can read. The reasons come from
 * {@code i18n/attachments.properties}, resolved in the library's language when the
 * outcome is recorded.
 */
@Component
class Extractors {

	private static final Logger log = LoggerFactory.getLogger(Extractors.class);

	/** Library messages can be long; the reason column holds 1,000 characters. */
	private static final int MAX_DETAIL = 300;

	private final Map<String, Extractor> byMediaType = new HashMap<>();

	private final MessageSource messages;

	private final Locale locale = Locale.UK;

	Extractors(ContentStore store, AttachmentsProperties properties, MessageSource messages) {
		List.of(new PdfExtractor(store, properties.extraction().thumbnailWidth()), new DocxExtractor(),
				new DocExtractor(), new OdtExtractor(), new PlainTextExtractor())
			.forEach((extractor) -> extractor.mediaTypes().forEach((type) -> this.byMediaType.put(type, extractor)));
		this.messages = messages;
		PoiLimits.apply(properties.extraction());
	}

	/**
	 * Reads a file. Never throws: a failure is a result.
	 * @param mediaType the file's media type, parameters allowed
	 * @param file the stored file
	 * @param limits the time and text allowed
	 * @return the outcome
	 */
	ExtractionResult read(String mediaType, Path file, ReadingLimits limits) {
		Extractor extractor = this.byMediaType.get(baseType(mediaType));
		if (extractor == null) {
			return ExtractionResult.unread(ExtractionStatus.NOT_SUPPORTED, null);
		}
		try {
			return extractor.extract(file, limits);
		}
		catch (Unreadable ex) {
			return unread(ex.status(), ex.code(), ex.arguments());
		}
		catch (ReadingLimits.TimeLimitExceeded ex) {
			return timedOut(ex.limit());
		}
		catch (EncryptedDocumentException ex) {
			return unread(ExtractionStatus.ENCRYPTED, "attachments.extraction.reason.encrypted");
		}
		catch (NoSuchFileException ex) {
			return unread(ExtractionStatus.FAILED, "attachments.extraction.reason.missing");
		}
		catch (IOException | RuntimeException ex) {
			if (isZipBomb(ex)) {
				return unread(ExtractionStatus.FAILED, "attachments.extraction.reason.zip-bomb");
			}
			log.info("Could not read a {} file: {}", mediaType, ex.toString());
			return unread(ExtractionStatus.FAILED, "attachments.extraction.reason.damaged", detail(ex));
		}
		catch (StackOverflowError ex) {
			return unread(ExtractionStatus.FAILED, "attachments.extraction.reason.too-deep");
		}
		catch (OutOfMemoryError ex) {
			// Thrown in this file's reading thread; what it held is garbage now.
			log.warn("Ran out of memory reading a {} file", mediaType);
			return unread(ExtractionStatus.FAILED, "attachments.extraction.reason.out-of-memory");
		}
	}

	ExtractionResult timedOut(Duration limit) {
		return unread(ExtractionStatus.FAILED, "attachments.extraction.reason.timed-out", describe(limit));
	}

	ExtractionResult gaveUp(int attempts) {
		return unread(ExtractionStatus.FAILED, "attachments.extraction.reason.gave-up", attempts);
	}

	private ExtractionResult unread(ExtractionStatus status, String code, Object... arguments) {
		return ExtractionResult.unread(status, this.messages.getMessage(code, arguments, this.locale));
	}

	private String describe(Duration limit) {
		if (limit.toSeconds() >= 60 && limit.toSecondsPart() == 0 && limit.toMillisPart() == 0) {
			return this.messages.getMessage("attachments.extraction.minutes", new Object[] { limit.toMinutes() },
					this.locale);
		}
		if (limit.toSeconds() >= 1 && limit.toMillisPart() == 0) {
			return this.messages.getMessage("attachments.extraction.seconds", new Object[] { limit.toSeconds() },
					this.locale);
		}
		return this.messages.getMessage("attachments.extraction.milliseconds", new Object[] { limit.toMillis() },
				this.locale);
	}

	private static String baseType(String mediaType) {
		int parameters = mediaType.indexOf(';');
		return ((parameters >= 0) ? mediaType.substring(0, parameters) : mediaType).strip().toLowerCase(Locale.ROOT);
	}

	/** POI reports its zip-bomb guard only in the message, sometimes wrapped. */
	private static boolean isZipBomb(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb detected")) {
				return true;
			}
		}
		return false;
	}

	private static String detail(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return (message.length() <= MAX_DETAIL) ? message : message.substring(0, MAX_DETAIL) + "…";
	}

}
