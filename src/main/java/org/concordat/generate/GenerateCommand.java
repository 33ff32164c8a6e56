package org.concordat.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.concordat.command.Options;

/** {@code generate [--agencies N] [--collaborations N] [--people N] [--lessons N] [--seed S] --out FILE|-}. */
public final class GenerateCommand {

	private GenerateCommand() {
	}

	public static int run(Options options) {
		GeneratorOptions scaled = GeneratorOptions.scaled(
				options.integer("agencies", GeneratorOptions.NATIONAL_AGENCIES), options.number("seed", 7));
		GeneratorOptions chosen = new GeneratorOptions(scaled.agencies(),
				options.integer("collaborations", scaled.collaborations()), options.integer("people", scaled.people()),
				options.integer("lessons", scaled.lessons()), scaled.seed());
		String out = options.text("out", null);
		if (out == null) {
			throw new IllegalArgumentException("--out FILE is required ('-' writes to standard output)");
		}
		long started = System.nanoTime();
		try (OutputStream target = "-".equals(out) ? nonClosing(System.out)
				: new BufferedOutputStream(Files.newOutputStream(Path.of(out)), 1 << 16)) {
			new NationalGenerator(chosen).write(target);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!"-".equals(out)) {
			System.err.printf("generate: wrote %s (%,d bytes) in %d ms: %s%n", out, Path.of(out).toFile().length(),
					(System.nanoTime() - started) / 1_000_000, chosen);
		}
		return 0;
	}

	private static OutputStream nonClosing(OutputStream out) {
		return new java.io.FilterOutputStream(out) {
			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}
}
