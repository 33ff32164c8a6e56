package org.concordat.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of the embedded Neo4j's {@code neo4j} user: generated once per data directory and kept beside
 * the data in {@code bolt-password}, readable and writable by the process's user only (mode 600), so that
 * nothing else on the machine can reach the database through its loopback Bolt port without it.
 */
record BoltPassword(String value, boolean created) {

	static final String FILE = "bolt-password";

	static BoltPassword of(Path home) {
		Path file = home.resolve(FILE);
		try {
			Files.createDirectories(home);
			if (Files.exists(file)) {
				return new BoltPassword(Files.readString(file, StandardCharsets.UTF_8).strip(), false);
			}
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
			createOwnerOnly(file);
			Files.writeString(file, password, StandardCharsets.UTF_8);
			return new BoltPassword(password, true);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the embedded database's password " + file, e);
		}
	}

	private static void createOwnerOnly(Path file) throws IOException {
		try {
			if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				return;
			}
			Files.createFile(file);
		}
		catch (FileAlreadyExistsException e) {
			throw new IOException("another process created " + file + " at the same time", e);
		}
		var plain = file.toFile();
		// not POSIX (Windows): owner only, as far as java.io can say it
		if (!(plain.setReadable(false, false) && plain.setReadable(true, true) && plain.setWritable(false, false)
				&& plain.setWritable(true, true))) {
			throw new IOException("cannot make " + file + " readable by this user only");
		}
	}

	@Override
	public String toString() {
		return "BoltPassword[" + (created ? "created" : "read") + "]";
	}

}
