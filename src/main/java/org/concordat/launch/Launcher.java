package org.concordat.launch;

import org.concordat.ConcordatApplication;

/**
 * The jar's entry point: {@code generate}, {@code load} and {@code bench} run instead of the server when the
 * first argument names one (README, "The national register"); anything else starts the server. The tools
 * depend on the application, never the other way round.
 */
public final class Launcher {

	private Launcher() {
	}

	public static void main(String[] args) {
		if (Commands.isCommand(args)) {
			System.exit(Commands.run(args));
		}
		ConcordatApplication.main(args);
	}
}
