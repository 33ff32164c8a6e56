package org.concordat.launch;

import java.util.Map;
import java.util.function.ToIntFunction;

import org.concordat.bench.BenchCommand;
import org.concordat.bulk.LoadCommand;
import org.concordat.command.Options;
import org.concordat.generate.GenerateCommand;

/**
 * The app's commands, run instead of the server when the first argument names one:
 * {@code generate} (no database), {@code load} (the database, no web server) and {@code bench} (both).
 * Each answers an exit code; usage errors print a line and exit 2.
 */
final class Commands {

	private static final Map<String, ToIntFunction<Options>> COMMANDS = Map.of("generate", GenerateCommand::run,
			"load", LoadCommand::run, "bench", BenchCommand::run);

	private Commands() {
	}

	static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.containsKey(args[0]);
	}

	static int run(String[] args) {
		try {
			return COMMANDS.get(args[0]).applyAsInt(new Options(args, 1));
		}
		catch (IllegalArgumentException e) {
			System.err.println(args[0] + ": " + e.getMessage());
			System.err.println("usage: generate [--agencies 17541] [--seed 7] --out national.json");
			System.err.println("       load FILE [--batch-size 10000] [--resume-from N] [--key=value ...]");
			System.err.println("       bench --doc national.json [--only load,snapshot,questions,allpairs,http,signin,write,contacts]"
					+ " [--key=value ...]");
			return 2;
		}
	}

}
