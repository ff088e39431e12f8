package uk.youthjustice.library;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Youth Justice Practice Library: practice examples, guidance and contacts for people
 * who work with children in the youth justice system.
 */
@SpringBootApplication
@EnableScheduling
public class PracticeLibraryApplication {

	public static void main(String[] args) {
		SpringApplication.run(PracticeLibraryApplication.class, args);
	}

}
