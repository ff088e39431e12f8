package uk.youthjustice.library.attachments;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.youthjustice.library.system.LibraryProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentsProperties.class)
class AttachmentsConfiguration {

	@Bean
	ContentStore contentStore(LibraryProperties properties) {
		return new FileSystemContentStore(properties.dataDir().resolve("files"));
	}

}
