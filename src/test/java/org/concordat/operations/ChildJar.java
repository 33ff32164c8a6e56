package org.concordat.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged jar ({@code concordat.jar}, set by the build) run as a child process, as an operator runs it, with
 * its output kept (and copied to {@code target/crash-tests/NAME.log}). {@link #kill()} is {@code kill -9}. A child
 * still running when it is closed, or when the test JVM exits, is killed, so a failing test leaves none behind.
 */
final class ChildJar implements AutoCloseable {

	private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
	}

	static final Path OUT = Path.of("target/crash-tests");

	private final String name;

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private ChildJar(String name, Process process) {
		this.name = name;
		this.process = process;
		this.reader = Thread.ofPlatform().daemon().name("child-" + name).start(this::copyOutput);
	}

	static ChildJar start(String name, List<String> arguments) {
		String jar = System.getProperty("concordat.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("no packaged jar at concordat.jar=" + jar + " (these tests run after package)");
		}
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx768m", "-jar", jar));
		command.addAll(arguments);
		try {
			Files.createDirectories(OUT);
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			RUNNING.add(process);
			return new ChildJar(name, process);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void copyOutput() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				Writer log = Files.newBufferedWriter(OUT.resolve(name + ".log"))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				lines.add(line);
				log.write(line);
				log.write('\n');
				log.flush();
			}
		}
		catch (IOException e) {
			// the child is gone; what it wrote is kept
		}
	}

	List<String> lines() {
		return List.copyOf(lines);
	}

	boolean alive() {
		return process.isAlive();
	}

	/** Waits for a line of output that matches; fails if the child exits first or patience runs out. */
	String awaitLine(Predicate<String> wanted, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		int seen = 0;
		while (System.nanoTime() < deadline) {
			List<String> now = lines();
			for (; seen < now.size(); seen++) {
				if (wanted.test(now.get(seen))) {
					return now.get(seen);
				}
			}
			if (!process.isAlive()) {
				throw new AssertionError(name + " exited with " + process.exitValue() + " before the line awaited; see "
						+ OUT.resolve(name + ".log"));
			}
			pause(20);
		}
		throw new AssertionError(name + ": no such line after " + patience + "; see " + OUT.resolve(name + ".log"));
	}

	/** {@code kill -9}: the process gets no chance to finish anything. Answers its exit value (137). */
	int kill() {
		process.destroyForcibly(); // SIGKILL on Linux and macOS
		return awaitExit(Duration.ofSeconds(60));
	}

	/** An orderly stop (SIGTERM), as an operator's service manager does. */
	int stop() {
		process.destroy();
		return awaitExit(Duration.ofMinutes(2));
	}

	int awaitExit(Duration patience) {
		try {
			if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new AssertionError(name + " still running after " + patience);
			}
			reader.join(Duration.ofSeconds(10));
			RUNNING.remove(process);
			return process.exitValue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroyForcibly();
			try {
				process.waitFor(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		RUNNING.remove(process);
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
