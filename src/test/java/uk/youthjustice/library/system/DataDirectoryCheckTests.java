package uk.youthjustice.library.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DataDirectoryCheckTests {

	@TempDir
	Path temp;

	@Test
	void createsAMissingDirectory() {
		Path dataDir = this.temp.resolve("new/data");
		DataDirectoryCheck.check(dataDir, DataSize.ofMegabytes(1));
		assertThat(dataDir).isDirectory();
	}

	@Test
	void refusesAPathThatCannotBeADirectory() throws IOException {
		Path file = Files.writeString(this.temp.resolve("a-file"), "not a directory");
		assertThatExceptionOfType(DataDirectoryUnusableException.class)
			.isThrownBy(() -> DataDirectoryCheck.check(file.resolve("data"), DataSize.ofMegabytes(1)))
			.withMessageContaining("cannot be created");
		assertThatExceptionOfType(DataDirectoryUnusableException.class)
			.isThrownBy(() -> DataDirectoryCheck.check(file, DataSize.ofMegabytes(1)))
			.withMessageContaining("it is a file, not a directory");
	}

	@Test
	void refusesADiskWithTooLittleFreeSpace() {
		assertThatExceptionOfType(DataDirectoryUnusableException.class)
			.isThrownBy(() -> DataDirectoryCheck.check(this.temp, DataSize.ofTerabytes(1_000_000)))
			.withMessageContaining("MB is free and at least");
	}

	@Test
	void acceptsAWritableDirectoryWithSpace() {
		assertThatNoException().isThrownBy(() -> DataDirectoryCheck.check(this.temp, DataSize.ofBytes(1)));
		assertThat(this.temp).isEmptyDirectory();
	}

}
