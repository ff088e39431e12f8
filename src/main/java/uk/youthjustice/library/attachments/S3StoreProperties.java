package uk.youthjustice.library.attachments;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The object store that keeps attachments when {@code library.attachments.storage=s3}
 * ({@code library.attachments.s3.*}; docs/scaling.md).
 *
 * @param bucket the bucket, which must exist
 * @param prefix put before every key, so that one bucket can serve several libraries
 * @param region the store's region; any for most stores other than Amazon's
 * @param endpoint the store's address, for a store other than Amazon S3 (MinIO, Ceph, a
 * cloud's S3-compatible service); Amazon's own when not set
 * @param pathStyle whether the bucket goes in the path rather than the host name, as most
 * stores other than Amazon S3 need
 * @param accessKey the access key; when not set, the AWS SDK's usual chain (environment,
 * profile, instance role) supplies credentials
 * @param secretKey the secret key that goes with it
 */
@ConfigurationProperties("library.attachments.s3")
record S3StoreProperties(String bucket, String prefix, String region, URI endpoint, boolean pathStyle, String accessKey,
		String secretKey) {

	S3StoreProperties {
		prefix = (prefix != null) ? prefix : "";
		region = (region != null) ? region : "eu-west-2";
	}

}
