package vn.parmonitor;

import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** A file posted as {@code multipart/form-data} over real HTTP, as curl -F sends it, and the whole answer. */
public final class MultipartUpload {

	private MultipartUpload() {
	}

	/** The answer: status, headers and body as sent. */
	public record Answer(int status, HttpHeaders headers, byte[] bytes) {

		public String body() {
			return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
		}

		public String location() {
			return headers.getLocation() == null ? null : headers.getLocation().toString();
		}

	}

	/**
	 * @param token the bearer token, or null for none
	 * @param fields the form's other fields
	 */
	public static Answer post(RestClient http, String path, String token, Map<String, String> fields, String fileName,
			byte[] content) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		fields.forEach(form::add);
		form.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return http.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA)
			.headers(headers -> authorize(headers, token))
			.body(form)
			.exchange((request, response) -> new Answer(response.getStatusCode().value(), response.getHeaders(),
					response.getBody().readAllBytes()), true);
	}

	public static Answer get(RestClient http, String path, String token) {
		return http.get().uri(path).headers(headers -> authorize(headers, token))
			.exchange((request, response) -> new Answer(response.getStatusCode().value(), response.getHeaders(),
					response.getBody().readAllBytes()), true);
	}

	private static void authorize(HttpHeaders headers, String token) {
		if (token != null) {
			headers.setBearerAuth(token);
		}
	}

}
