package uk.youthjustice.library.attachments;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.youthjustice.library.system.LibraryProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentsProperties.class)
class AttachmentsConfiguration {

	@Bean
	ContentStore contentStore(AttachmentsProperties attachments, LibraryProperties library, Clock clock) {
		return new FileSystemContentStore(storeRoot(attachments, library), clock);
	}

	/** The content store’s root directory. */
	static Path storeRoot(AttachmentsProperties attachments, LibraryProperties library) {
		return (attachments.store() != null) ? attachments.store() : library.dataDir().resolve("files");
	}

}
