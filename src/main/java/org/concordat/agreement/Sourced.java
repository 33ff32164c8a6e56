package org.concordat.agreement;

/**
 * One value as a source states it: the value, the source it rests on (a URL or a citation), how sure the
 * register is of it ({@code confirmed}, {@code approximate}, {@code unconfirmed}, or {@code derived}: worked
 * out by the register from what sources state, never stated by one) and a note (the source's own wording, why
 * it is approximate, how it was derived).
 */
public record Sourced<T>(T value, String source, String confidence, String note) {

	public static <T> Sourced<T> of(T value) {
		return new Sourced<>(value, null, null, null);
	}

	public static <T> T value(Sourced<T> sourced) {
		return sourced == null ? null : sourced.value();
	}
}
