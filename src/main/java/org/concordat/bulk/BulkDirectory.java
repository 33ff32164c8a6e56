package org.concordat.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.concordat.web.InvalidInputException;

/**
 * The directory ({@code concordat.bulk.directory}) whose files {@code POST /api/bulk-load?path=} may load,
 * and nothing outside it: a path is resolved against it, {@code ..} cannot climb out, and a symbolic link is
 * followed only when it ends inside it too. What is loaded is the resolved file, so a link changed after the
 * check cannot redirect the load. Refusals say which rule the path broke, never what a file holds.
 */
record BulkDirectory(Path root) {

	BulkDirectory {
		root = root.toAbsolutePath().normalize();
	}

	/** The real path of the regular file {@code path} names inside the directory; 400 naming {@code path} otherwise. */
	Path file(String path) {
		Path candidate;
		try {
			candidate = root.resolve(path).normalize();
		}
		catch (InvalidPathException e) {
			throw refused("is not a valid file path");
		}
		if (path.isBlank() || !candidate.startsWith(root)) {
			throw refused("must name a file inside the bulk-load directory (concordat.bulk.directory)");
		}
		try {
			Path realRoot = root.toRealPath();
			Path real = candidate.toRealPath();
			if (!real.startsWith(realRoot)) {
				throw refused("leads outside the bulk-load directory through a symbolic link");
			}
			if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
				throw refused("is not a file");
			}
			return real;
		}
		catch (IOException e) {
			throw refused("no such file in the bulk-load directory");
		}
	}

	private static InvalidInputException refused(String reason) {
		return new InvalidInputException("path", reason);
	}
}
