package uk.youthjustice.library.system;

import org.springframework.data.jpa.repository.JpaRepository;

interface LibrarySettingRepository extends JpaRepository<LibrarySetting, String> {

}
