package uk.youthjustice.library.system;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Facts this installation remembers about itself across restarts. */
@Service
@Transactional(readOnly = true)
public class LibrarySettings {

	private final LibrarySettingRepository settings;

	LibrarySettings(LibrarySettingRepository settings) {
		this.settings = settings;
	}

	public Optional<String> get(String name) {
		return this.settings.findById(name).map(LibrarySetting::getValue);
	}

	@Transactional
	public void put(String name, String value) {
		this.settings.save(new LibrarySetting(name, value));
	}

}
