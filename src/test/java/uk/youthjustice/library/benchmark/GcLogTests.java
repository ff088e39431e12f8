package uk.youthjustice.library.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GcLogTests {

	@TempDir
	Path dir;

	@Test
	void readsTheLowestHeapAfterACollectionSinceTheLastRead() throws Exception {
		Path file = this.dir.resolve("gc.log");
		GcLog log = new GcLog(file);
		assertThat(log.lowestAfterCollectionKibSinceLastRead()).isEmpty();
		Files.writeString(file, """
				[0.010s][info][gc] Using G1
				[5.201s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->9M(512M) 12.345ms
				[7.002s][info][gc] GC(1) Pause Young (Concurrent Start) (Metadata GC Threshold) 60M->14M(512M) 8.1ms
				[7.100s][info][gc] GC(2) Concurrent Mark Cycle
				""");

		assertThat(log.lowestAfterCollectionKibSinceLastRead()).hasValue(9 * 1024);
		assertThat(log.lowestAfterCollectionKibSinceLastRead()).as("nothing new").isEmpty();

		Files.writeString(file,
				"[9.5s][info][gc] GC(3) Pause Full (System.gc()) 80M->31M(512M) 95.2ms\n[9.6s][info][gc] GC(4) Pau",
				StandardOpenOption.APPEND);
		assertThat(log.lowestAfterCollectionKibSinceLastRead()).hasValue(31 * 1024);
		Files.writeString(file, "se Young (Normal) (G1 Evacuation Pause) 900K->700K(512M) 1.0ms\n",
				StandardOpenOption.APPEND);
		assertThat(log.lowestAfterCollectionKibSinceLastRead()).as("a line finished after the last read").hasValue(700);
	}

}
