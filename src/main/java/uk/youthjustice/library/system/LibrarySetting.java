package uk.youthjustice.library.system;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named fact about this installation, such as when demo content was loaded. */
@Entity
@Table(name = "library_setting")
class LibrarySetting {

	@Id
	@Column(length = 100)
	private String name;

	@Column(name = "setting_value", nullable = false, length = 1000)
	private String value;

	protected LibrarySetting() {
	}

	LibrarySetting(String name, String value) {
		this.name = name;
		this.value = value;
	}

	String getValue() {
		return this.value;
	}

}
