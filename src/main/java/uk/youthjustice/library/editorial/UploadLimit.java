package uk.youthjustice.library.editorial;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest file an editor may upload, as the file fields' hints and the too-large
 * message state it: the library's own limit, which the attachments feature enforces while
 * the file streams in (the container's multipart limit sits above it as a backstop).
 */
@Component
class UploadLimit {

	/** The setting, for {@code @Value}. */
	static final String SETTING = "${library.attachments.max-file-size:50MB}";

	private final DataSize size;

	UploadLimit(@Value(SETTING) DataSize size) {
		this.size = size;
	}

	/** The limit as a message ("50 MB"), to be an argument of another. */
	MessageSourceResolvable text() {
		boolean megabytes = this.size.toMegabytes() >= 1;
		return new DefaultMessageSourceResolvable(
				new String[] { megabytes ? "editorial.attachment.limit.mb" : "editorial.attachment.limit.kb" },
				new Object[] { megabytes ? this.size.toMegabytes() : this.size.toKilobytes() });
	}

}
