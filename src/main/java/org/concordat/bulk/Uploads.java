package org.concordat.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The temporary files that bulk-load bodies are streamed to, in {@code concordat.bulk.upload-directory}. Each
 * file is deleted when its load ends (done or failed), when its upload is refused or aborted, and at shutdown.
 * A file's name carries the id and start time of the process that wrote it, so at start-up the files of
 * processes that are gone (a {@code kill -9}, a power cut) are swept, while those of another instance still
 * running on the same machine are left alone. The directory must not be shared between machines or containers
 * (a process of another machine would look gone).
 */
@Component
public class Uploads {

	private static final Logger log = LoggerFactory.getLogger(Uploads.class);

	private static final String PREFIX = "concordat-bulk-";

	private static final Pattern OWNER = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-(\\d+)-.*\\.json");

	private final Path directory;

	private final Set<Path> live = ConcurrentHashMap.newKeySet();

	Uploads(@Value("${concordat.bulk.upload-directory:${java.io.tmpdir}/concordat-uploads}") Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create the bulk-load upload directory " + this.directory, e);
		}
		sweep();
	}

	/** A new empty file for an upload, owned by this process until {@link #delete} or shutdown. */
	public Path create() {
		try {
			ProcessHandle self = ProcessHandle.current();
			Path file = Files.createTempFile(directory, PREFIX + self.pid() + "-" + started(self) + "-", ".json");
			live.add(file);
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Deletes an upload; deleting one that is gone already is fine. */
	public void delete(Path file) {
		try {
			Files.deleteIfExists(file);
			live.remove(file);
		}
		catch (IOException e) {
			log.warn("could not delete the bulk-load upload {}: {}", file, e.toString());
		}
	}

	/** The uploads this process holds now. */
	public Set<Path> live() {
		return Set.copyOf(live);
	}

	public Path directory() {
		return directory;
	}

	@PreDestroy
	void deleteAll() {
		List.copyOf(live).forEach(this::delete);
	}

	/** Deletes the uploads left by processes that are no longer running. */
	final int sweep() {
		int swept = 0;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*.json")) {
			for (Path file : files) {
				Matcher owner = OWNER.matcher(file.getFileName().toString());
				if (owner.matches() && !running(Long.parseLong(owner.group(1)), Long.parseLong(owner.group(2)))) {
					delete(file);
					swept++;
				}
			}
		}
		catch (IOException e) {
			log.warn("could not sweep the bulk-load upload directory {}: {}", directory, e.toString());
		}
		if (swept > 0) {
			log.info("swept {} bulk-load upload(s) left by processes that are gone from {}", swept, directory);
		}
		return swept;
	}

	/** Whether the process with this id is the one that started then (an id may be reused by a later process). */
	private static boolean running(long pid, long startedMillis) {
		return ProcessHandle.of(pid).map(p -> started(p) == startedMillis).orElse(false);
	}

	private static long started(ProcessHandle process) {
		return process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
	}
}
