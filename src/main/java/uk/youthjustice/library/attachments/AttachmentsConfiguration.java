package uk.youthjustice.library.attachments;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import uk.youthjustice.library.system.LibraryProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AttachmentsProperties.class, MultipartProperties.class, S3StoreProperties.class })
class AttachmentsConfiguration {

	static final String STORAGE = "library.attachments.storage";

	@Bean
	@ConditionalOnProperty(name = STORAGE, havingValue = "filesystem", matchIfMissing = true)
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

	/**
	 * Files in an S3 bucket, shared by every node; the local directory holds uploads
	 * being checked and copies of files being read.
	 */
	@Bean
	@ConditionalOnProperty(name = STORAGE, havingValue = "s3")
	ContentStore s3ContentStore(S3StoreProperties s3, AttachmentsProperties attachments, LibraryProperties library,
			Clock clock) {
		if (s3.bucket() == null || s3.bucket().isBlank()) {
			throw new IllegalStateException(STORAGE + "=s3 needs library.attachments.s3.bucket");
		}
		return new S3ContentStore(s3Client(s3), s3.bucket(), s3.prefix(), storeRoot(attachments, library), clock);
	}

	private static S3Client s3Client(S3StoreProperties s3) {
		AwsCredentialsProvider credentials = (s3.accessKey() != null)
				? StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()))
				: DefaultCredentialsProvider.builder().build();
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(s3.region()))
			.credentialsProvider(credentials)
			.forcePathStyle(s3.pathStyle())
			// Checksums only where S3 asks for them: stores other than Amazon's do not
			// all
			// take the trailing checksums the SDK otherwise sends.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (s3.endpoint() != null) {
			builder.endpointOverride(s3.endpoint());
		}
		return builder.build();
	}

	/** The content store’s root directory (for S3: its local directory). */
	static Path storeRoot(AttachmentsProperties attachments, LibraryProperties library) {
		return (attachments.store() != null) ? attachments.store() : library.dataDir().resolve("files");
	}

}
