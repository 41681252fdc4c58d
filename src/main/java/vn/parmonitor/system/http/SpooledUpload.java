package vn.parmonitor.system.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a temporary file, with its size and SHA-256, so that it is read as often as its handling needs
 * (an evidence file is typed, scanned and stored; a spreadsheet is validated, then stored) from the same bytes; the
 * file is deleted on {@link #close()}.
 */
public record SpooledUpload(Path path, long size, String sha256) implements AutoCloseable {

	public static SpooledUpload of(InputStream content) {
		Path spooled = null;
		try {
			spooled = Files.createTempFile("par-upload-", ".upload");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream in = new DigestInputStream(content, sha)) {
				size = Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
			}
			return new SpooledUpload(spooled, size, HexFormat.of().formatHex(sha.digest()));
		}
		catch (IOException ex) {
			delete(spooled);
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			delete(spooled);
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	@Override
	public void close() {
		delete(path);
	}

	private static void delete(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// a temporary file left behind is removed with the temporary directory
		}
	}

}
