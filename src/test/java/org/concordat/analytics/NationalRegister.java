package org.concordat.analytics;

import java.io.ByteArrayOutputStream;

import org.concordat.analytics.snapshot.storage.RegisterSnapshot;
import org.concordat.analytics.snapshot.storage.SnapshotBuilder;
import org.concordat.generate.GeneratorOptions;
import org.concordat.generate.NationalGenerator;
import org.concordat.register.RegisterDocument;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register the benchmarks measure at national scale: the generated one of
 * {@value GeneratorOptions#NATIONAL_AGENCIES} agencies, seed {@value #SEED} (the HTTP bench's too), without a
 * database. Each call generates it afresh, as written by the generator and read back as an import reads it,
 * so a benchmark holds nothing of it but what it keeps.
 */
public final class NationalRegister {

	/** The seed every national benchmark uses, so their figures are of one register. */
	public static final long SEED = 7;

	private NationalRegister() {
	}

	/** The national register as a document. */
	public static RegisterDocument document() {
		return generated(GeneratorOptions.NATIONAL_AGENCIES, SEED);
	}

	/** The national register's snapshot (version 1), built as at start-up; the document is not kept. */
	public static RegisterSnapshot snapshot() {
		return SnapshotBuilder.build(1, document());
	}

	/** A generated register of {@code agencies} agencies, written as JSON and read back. */
	public static RegisterDocument generated(int agencies, long seed) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new NationalGenerator(GeneratorOptions.scaled(agencies, seed)).write(out);
		return JsonMapper.builder().build().readValue(out.toByteArray(), RegisterDocument.class);
	}
}
