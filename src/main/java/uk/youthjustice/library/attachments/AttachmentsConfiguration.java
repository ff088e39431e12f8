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
		Path root = (attachments.store() != null) ? attachments.store() : library.dataDir().resolve("files");
		return new FileSystemContentStore(root, clock);
	}

}
