package uk.youthjustice.library.opendata;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.youthjustice.library.system.PublicAddress;

/** The page for people about the open data API, at {@code /open-data}. */
@Controller
class OpenDataPageController {

	static final String VIEW = "opendata/open-data";

	/** The API’s addresses, each with the message key of what it gives. */
	static final List<Endpoint> ENDPOINTS = List.of(new Endpoint(OpenDataApi.RESOURCES, "resources"),
			new Endpoint(OpenDataApi.RESOURCES + "/{slug}", "resource"),
			new Endpoint(OpenDataApi.BASE + "/categories", "categories"),
			new Endpoint(OpenDataApi.BASE + "/topics", "topics"),
			new Endpoint(OpenDataApi.BASE + "/evidence", "evidence"),
			new Endpoint(OpenDataApi.BASE + "/contacts", "contacts"));

	private final PublicAddress address;

	OpenDataPageController(PublicAddress address) {
		this.address = address;
	}

	@GetMapping("/open-data")
	String openData(Model model) {
		model.addAttribute("endpoints", ENDPOINTS)
			.addAttribute("openApiUrl", this.address.of(OpenDataWebConfiguration.OPENAPI_DOCUMENT))
			.addAttribute("exampleUrl", this.address.of(OpenDataApi.RESOURCES + "?type=practice-example&age=14"));
		return VIEW;
	}

	/**
	 * One of the API’s addresses.
	 *
	 * @param path its path
	 * @param key the end of the message key that says what it gives
	 */
	record Endpoint(String path, String key) {
	}

}
