package org.concordat.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.concordat.audit.AuditLog;
import org.concordat.audit.DocumentSummary;
import org.concordat.register.ChangeLog;
import org.concordat.security.Actor;
import org.neo4j.driver.TransactionContext;

/**
 * A bulk load's one audit entry: who started it and through what (captured on the request, since the load runs
 * on a thread of its own; the operating-system user for the {@code load} command), the SHA-256 digest of the
 * file it reads, made in the transaction that takes the load's number before its first batch, and completed
 * with the rows committed and how it ended in the transaction that records its end. A load that writes no
 * batch (refused by its validation pass, say) leaves no entry.
 */
public final class BulkAudit implements ChangeLog.BulkLoadAudit {

	private final AuditLog log;

	private final Actor actor;

	private final DocumentSummary started;

	private volatile Long change;

	private volatile DocumentSummary finished;

	private BulkAudit(AuditLog log, Actor actor, DocumentSummary started) {
		this.log = log;
		this.actor = actor;
		this.started = started;
		this.finished = started;
	}

	/** Reads the file once to digest it (blocking: on the load's thread or the command line). */
	public static BulkAudit of(AuditLog log, Actor actor, Path file, String name) {
		return new BulkAudit(log, actor, new DocumentSummary("bulk", sha256(file), name, null, "running", null));
	}

	@Override
	public void begin(TransactionContext tx, long seq) {
		change = seq;
		log.beginBulkLoad(tx, actor, seq, started);
	}

	/** How the load ended, for {@link #complete}. */
	public void ended(BulkProgress.Status status, boolean loaded) {
		finished = started.finished(status.rowsCommitted(), loaded ? "done" : "failed", loaded ? null : status.resumeFrom());
	}

	@Override
	public void complete(TransactionContext tx) {
		Long begun = change;
		if (begun != null) {
			log.completeBulkLoad(tx, begun, finished);
		}
	}

	static String sha256(Path file) {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return HexFormat.of().formatHex(sha256.digest());
	}
}
