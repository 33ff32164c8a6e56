package org.concordat.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The snapshot's column types keep every value exactly, whatever its size or script. */
class SnapshotColumnsTests {

	private static final List<String> TEXTS = Arrays.asList("", "a", "ab", "b", "Ä", "é", "z", "\uFFFF", "\uD83D\uDE00",
			"\uE000", "x".repeat(127), "x".repeat(128), "y".repeat(20_000), null, "force-1", "force-10", "force-2",
			"Ħaż-Żebbuġ", "日本", "日本語", "ab\uD83D\uDE00", "ab\uFFFF", "\uD800", "a\uDC00b", "a\uDC00",
			"x".repeat(64));

	@Test
	void textsComeBackExactlyAndCompareAsStringsDo() {
		for (boolean dedupe : new boolean[] { false, true }) {
			TextColumnBuilder b = new TextColumnBuilder(null, 4, dedupe);
			TEXTS.forEach(b::add);
			TEXTS.forEach(b::add);
			TextColumn column = b.build();
			for (int i = 0; i < column.size(); i++) {
				assertThat(column.get(i)).isEqualTo(TEXTS.get(i % TEXTS.size()));
				assertThat(column.isNull(i)).isEqualTo(TEXTS.get(i % TEXTS.size()) == null);
			}
			for (int i = 0; i < TEXTS.size(); i++) {
				for (int j = 0; j < TEXTS.size(); j++) {
					if (TEXTS.get(i) != null && TEXTS.get(j) != null) {
						assertThat(Integer.signum(column.compare(i, j)))
							.as("%s vs %s", TEXTS.get(i), TEXTS.get(j))
							.isEqualTo(Integer.signum(TEXTS.get(i).compareTo(TEXTS.get(j))));
					}
				}
			}
			// copied rows of an older column, beside new ones, in a fresh pool
			TextColumnBuilder next = new TextColumnBuilder(column, 4, dedupe);
			next.add("new");
			for (int i = column.size() - 1; i >= 0; i--) {
				next.copy(i, 1);
			}
			next.set(1, "changed");
			TextColumn copied = next.build();
			assertThat(copied.get(0)).isEqualTo("new");
			assertThat(copied.get(1)).isEqualTo("changed");
			assertThat(copied.get(copied.size() - 1)).isEqualTo(TEXTS.get(0));
			assertThat(copied.get(2)).isEqualTo(TEXTS.get((column.size() - 2) % TEXTS.size()));
		}
	}

	@Test
	void namesComeBackExactlyFromTheirWords() {
		List<String> names = new ArrayList<>(TEXTS);
		names.addAll(Arrays.asList("Greater Manchester Police", "  two  spaces ", "Oakwood–Hawkmont shared service",
				"end.", "a-b_c d", "x".repeat(300) + " y", "\uD800\uD800 Police", "Police\uDC00", "Ħaż Police"));
		WordColumn column = WordColumnBuilder.numbered(names);
		for (int i = 0; i < names.size(); i++) {
			assertThat(column.get(i)).isEqualTo(names.get(i));
			if (names.get(i) != null) {
				assertThat(String.join("", WordColumn.words(names.get(i)))).isEqualTo(names.get(i));
			}
		}
		assertThat(WordColumn.words("Greater Manchester Police")).containsExactly("Greater ", "Manchester ", "Police");
		// an advance: old rows copied by code, new words numbered after the old ones
		WordColumnBuilder next = new WordColumnBuilder(column, 4);
		for (int i = 0; i < column.size(); i++) {
			next.copy(i, 1);
		}
		next.set(3, "A brand new name");
		next.add("Police unit");
		next.add(null);
		WordColumn advanced = next.build();
		assertThat(advanced.get(3)).isEqualTo("A brand new name");
		assertThat(advanced.get(names.size())).isEqualTo("Police unit");
		assertThat(advanced.get(names.size() + 1)).isNull();
		for (int i = 0; i < names.size(); i++) {
			assertThat(advanced.get(i)).isEqualTo(i == 3 ? "A brand new name" : names.get(i));
		}
		// once most words are no longer used, the column is numbered anew
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			many.add("word" + i + " shared");
		}
		WordColumn big = WordColumnBuilder.numbered(many);
		WordColumnBuilder fewer = new WordColumnBuilder(big, 4);
		fewer.copy(0, 10);
		fewer.add("other shared");
		WordColumn compacted = fewer.build();
		assertThat(compacted.words.size()).isEqualTo(12);
		for (int i = 0; i < 10; i++) {
			assertThat(compacted.get(i)).isEqualTo("word" + i + " shared");
		}
		assertThat(compacted.get(10)).isEqualTo("other shared");
	}

	@Test
	void theIdIndexFindsEveryIdAndNothingElse() {
		TextColumnBuilder b = new TextColumnBuilder(null, 4, false);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			ids.add(i % 7 == 0 ? null : "id-" + i + (i % 3 == 0 ? "-Ħ" : "") + (i % 5 == 0 ? "\uD800" : ""));
		}
		ids.forEach(b::add);
		IdIndex index = new IdIndex(b.build());
		for (int i = 0; i < ids.size(); i++) {
			if (ids.get(i) != null) {
				assertThat(index.find(ids.get(i))).isEqualTo(i);
			}
		}
		assertThat(index.find("id-7")).isEqualTo(-1); // a null row
		assertThat(index.find("id-5?")).isEqualTo(-1); // what UTF-8 would make of "id-5\uD800"
		assertThat(index.find("id-5")).isEqualTo(-1);
		assertThat(index.find("id-")).isEqualTo(-1);
		assertThat(index.find(null)).isEqualTo(-1);
		assertThat(index.find("")).isEqualTo(-1);
	}

	@Test
	void daysKeepEveryIntIncludingTheSentinelsAndFallBackBeyondTwoBytes() {
		int[] days = { Day.NEVER_BEFORE, Day.OPEN, -719_528, -1, 0, 1, 2_932_896, Day.NEVER_BEFORE + 1, Day.OPEN - 1 };
		DayColumn few = DayColumn.of(days, days.length);
		assertThat(few.wide()).isFalse();
		for (int i = 0; i < days.length; i++) {
			assertThat(few.get(i)).isEqualTo(days[i]);
		}
		Random random = new Random(5);
		int[] many = new int[200_000];
		for (int i = 0; i < many.length; i++) {
			many[i] = i < 70_000 ? i - 35_000 : random.nextInt();
		}
		many[3] = Day.OPEN;
		many[4] = Day.NEVER_BEFORE;
		DayColumn wide = DayColumn.of(many, many.length);
		assertThat(wide.wide()).isTrue();
		for (int i = 0; i < many.length; i++) {
			assertThat(wide.get(i)).isEqualTo(many[i]);
		}
		int[] exactly = new int[1 << 16];
		Arrays.setAll(exactly, i -> i * 3 - 100_000);
		assertThat(DayColumn.of(exactly, exactly.length).wide()).isFalse();
		assertThat(DayColumn.of(exactly, exactly.length).get(65_535)).isEqualTo(65_535 * 3 - 100_000);
	}

	@Test
	void packedIntsTakeAsFewBitsAsTheLargestNeedsAndKeepEveryValue() {
		assertThat(PackedInts.of(new int[] { 0, 0 }, 2).width()).isEqualTo(1);
		assertThat(PackedInts.of(new int[] { 0, 255 }, 2).width()).isEqualTo(8);
		assertThat(PackedInts.of(new int[] { 0, 17_540 }, 2).width()).isEqualTo(15);
		PackedInts wide = PackedInts.of(new int[] { 65_536, Integer.MAX_VALUE }, 2);
		assertThat(wide.width()).isEqualTo(31);
		assertThat(wide.get(1)).isEqualTo(Integer.MAX_VALUE);
		Random random = new Random(11);
		for (int bits = 1; bits <= 31; bits++) {
			int n = 1 + random.nextInt(300);
			int[] values = new int[n];
			for (int i = 0; i < n; i++) {
				values[i] = random.nextInt() >>> (32 - bits);
			}
			values[random.nextInt(n)] = (int) ((1L << bits) - 1);
			PackedInts packed = PackedInts.of(values, n);
			assertThat(packed.width()).isEqualTo(bits);
			for (int i = 0; i < n; i++) {
				assertThat(packed.get(i)).isEqualTo(values[i]);
			}
		}
	}

	@Test
	void doublesComeBackBitForBitInTheFewestBits() {
		assertExact(new double[] { 0, 42_569, 16_777_216, Double.NaN, 7 }, 25);
		assertExact(new double[] { 53.4808, -2.2426, 0.1, Double.NaN, -90, 180 }, 22);
		assertExact(new double[] { 0x1p40, -0x1p40, 3 }, 32); // too wide a range for decimals, exact as floats
		assertExact(new double[] { -0.0, 1 }, 32); // -0.0 is not a count of anything; it is a float
		assertExact(new double[] { Double.POSITIVE_INFINITY, 0.5 }, 32);
		assertExact(new double[] { 0.1234567, 1 }, 64);
		assertExact(new double[] { Math.PI, Double.MIN_VALUE, Double.MAX_VALUE,
				Double.longBitsToDouble(0x7ff8000000000001L) }, 64);
		assertExact(new double[0], 1);
		Random random = new Random(3);
		double[] money = new double[1_000];
		for (int i = 0; i < money.length; i++) {
			money[i] = Math.round(random.nextDouble() * 1e8) / 100.0;
		}
		assertExact(money, 34 - 2); // pence: 2 decimals, up to 10^10 counts
	}

	private static void assertExact(double[] values, int bits) {
		Doubles column = Doubles.of(values, values.length);
		for (int i = 0; i < values.length; i++) {
			assertThat(Double.doubleToRawLongBits(column.get(i))).as("%s", values[i])
				.isEqualTo(Double.doubleToRawLongBits(values[i]));
		}
		assertThat(column.width()).isLessThanOrEqualTo(bits);
	}

	@Test
	void codedValuesAreSharedAndNullIsAValue() {
		Coded.Builder<String> b = Coded.Builder.ofTexts(null, 2);
		for (String s : Arrays.asList("a", null, new String("a"), "b", null)) {
			b.add(s);
		}
		Coded<String> coded = b.build();
		assertThat(coded.distinct()).isEqualTo(3);
		assertThat(Arrays.asList(coded.get(0), coded.get(1), coded.get(2), coded.get(3), coded.get(4)))
			.containsExactly("a", null, "a", "b", null);
		Coded.Builder<int[]> ints = Coded.Builder.ofIntArrays(null, 2);
		ints.add(new int[] { 1, 2 });
		ints.add(new int[] { 1, 2 });
		ints.add(new int[0]);
		Coded<int[]> arrays = ints.build();
		assertThat(arrays.get(0)).isSameAs(arrays.get(1)).containsExactly(1, 2);
		assertThat(arrays.get(2)).isEmpty();
	}
}
