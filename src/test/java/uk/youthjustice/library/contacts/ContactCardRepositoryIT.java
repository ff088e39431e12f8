package uk.youthjustice.library.contacts;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import uk.youthjustice.library.support.WithLibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@WithLibrary
class ContactCardRepositoryIT {

	@Autowired
	ContactCardRepository cards;

	@Test
	void keepsEveryFieldAndFindsByEmailIgnoringCase() {
		ContactCard card = new ContactCard("test-card-email", "Eastfield Youth Offending Team");
		card.setPersonName("Priya Shah");
		card.setRole("Education worker");
		card.setTelephone("0121 496 0999");
		card.setEmail("Priya.Shah@yot.example.org.uk");
		card.setWebsite("https://www.example.org.uk/eastfield");
		card.setRegion("West Midlands");
		card.setLastVerifiedOn(LocalDate.of(2025, 11, 3));
		this.cards.save(card);

		ContactCard found = this.cards.findFirstByEmailIgnoreCase("priya.shah@YOT.example.org.uk").orElseThrow();
		assertThat(found).usingRecursiveComparison()
			.ignoringFields("createdAt", "updatedAt")
			.isEqualTo(this.cards.findBySlug("test-card-email").orElseThrow());
		assertThat(found.getRegion()).isEqualTo("West Midlands");
		assertThat(found.getLastVerifiedOn()).isEqualTo(LocalDate.of(2025, 11, 3));
		assertThat(found.getCreatedAt()).isNotNull();
	}

	@Test
	void staleEditsAreRefused() {
		ContactCard saved = this.cards.save(new ContactCard("test-card-lock", "Westfield YJS"));
		ContactCard first = this.cards.findById(saved.getId()).orElseThrow();
		ContactCard second = this.cards.findById(saved.getId()).orElseThrow();
		first.setTelephone("01632 960001");
		this.cards.save(first);
		second.setTelephone("01632 960002");
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.cards.save(second));
	}

}
