package uk.youthjustice.library.attachments;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.youthjustice.library.system.LibraryProperties;

@Configuration(proxyBeanMethods = false)
class AttachmentsConfiguration {

	@Bean
	ContentStore contentStore(LibraryProperties properties) {
		return new FileSystemContentStore(properties.dataDir().resolve("files"));
	}

}
