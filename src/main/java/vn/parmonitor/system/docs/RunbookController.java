package vn.parmonitor.system.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the runbook ({@code docs/runbook.md}) as HTML at {@code /docs/runbook}, with an anchor per alert
 * ({@code #partargetofftrack}), so that every alert's {@code runbook_url} opens the section that says what to do, in
 * the version of the runbook that matches the running server.
 */
@RestController
class RunbookController {

	private final String html;

	RunbookController() throws IOException {
		String markdown;
		try (InputStream in = new ClassPathResource("docs/runbook.md").getInputStream()) {
			markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		var extensions = List.of(HeadingAnchorExtension.create());
		String body = HtmlRenderer.builder()
			.extensions(extensions)
			.build()
			.render(Parser.builder().extensions(extensions).build().parse(markdown));
		this.html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>PAR Monitor runbook</title>"
				+ "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5}"
				+ "code{background:#f4f4f4}</style></head><body>" + body + "</body></html>";
	}

	@GetMapping(path = "/docs/runbook", produces = MediaType.TEXT_HTML_VALUE)
	String runbook() {
		return html;
	}

}
