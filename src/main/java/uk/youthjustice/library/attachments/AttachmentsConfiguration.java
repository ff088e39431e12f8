package uk.youthjustice.library.attachments;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import uk.youthjustice.library.system.LibraryProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AttachmentsProperties.class, MultipartProperties.class })
class AttachmentsConfiguration {

	@Bean
	ContentStore contentStore(AttachmentsProperties attachments, LibraryProperties library, Clock clock) {
		return new FileSystemContentStore(storeRoot(attachments, library), clock);
	}

	/**
	 * Spring Boot's multipart settings, received into {@code <data-dir>/uploads} unless a
	 * location is set: the node's own directory, emptied at start
	 * ({@link UnfinishedUploads}), rather than a new directory under the system's
	 * temporary one each run. Absolute, as Tomcat takes a relative location to be inside
	 * its own temporary directory.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement(MultipartProperties multipart, LibraryProperties library) {
		MultipartConfigElement configured = multipart.createMultipartConfig();
		String location = StringUtils.hasText(configured.getLocation()) ? configured.getLocation()
				: library.dataDir().resolve("uploads").toAbsolutePath().normalize().toString();
		return new MultipartConfigElement(location, configured.getMaxFileSize(), configured.getMaxRequestSize(),
				configured.getFileSizeThreshold());
	}

	/** The content store’s root directory. */
	static Path storeRoot(AttachmentsProperties attachments, LibraryProperties library) {
		return (attachments.store() != null) ? attachments.store() : library.dataDir().resolve("files");
	}

}
