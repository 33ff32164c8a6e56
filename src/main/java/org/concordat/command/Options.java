package org.concordat.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's arguments: {@code --name value} options for the command, positional arguments, and
 * {@code --key=value} ones, which are Spring properties (e.g. {@code --concordat.embedded.home=data-national})
 * passed on to the app the command starts.
 */
public final class Options {

	private final Map<String, String> named = new LinkedHashMap<>();

	private final List<String> positional = new ArrayList<>();

	private final List<String> spring = new ArrayList<>();

	public Options(String[] args, int from) {
		for (int i = from; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--") && arg.contains("=")) {
				spring.add(arg);
			}
			else if (arg.startsWith("--")) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				named.put(arg.substring(2), args[++i]);
			}
			else {
				positional.add(arg);
			}
		}
	}

	public String text(String name, String fallback) {
		return named.getOrDefault(name, fallback);
	}

	public long number(String name, long fallback) {
		String value = named.get(name);
		try {
			return value == null ? fallback : Long.parseLong(value.replace("_", ""));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("--" + name + " must be a whole number, was '" + value + "'");
		}
	}

	public int integer(String name, int fallback) {
		return Math.toIntExact(number(name, fallback));
	}

	public boolean has(String name) {
		return named.containsKey(name);
	}

	public List<String> positional() {
		return positional;
	}

	public String[] springArguments() {
		return spring.toArray(String[]::new);
	}
}
