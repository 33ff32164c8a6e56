package org.concordat.bulk;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.concordat.register.RegisterDocument;

import org.concordat.security.Actor;
import org.concordat.web.InvalidInputException;
import org.concordat.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ContentTooLargeException;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bulk load over HTTP, apart from the all-or-nothing {@code /api/import}: the document is either a file on the
 * server ({@code path}, inside {@code concordat.bulk.directory}) or the request body, which is streamed to a
 * temporary file first (never held in the heap). Answers 202 with the load's status; follow it at
 * {@code /api/bulk-load/{id}} or as server-sent events at {@code /api/bulk-load/{id}/events}.
 */
@RestController
// produces: a client that will not take JSON is refused (406) before a write is made, not after
@RequestMapping(path = "/api/bulk-load", produces = MediaType.APPLICATION_JSON_VALUE)
class BulkLoadController {

	private final BulkLoads loads;

	private final BulkDirectory directory;

	private final Uploads uploads;

	private final long maxBodySize;

	BulkLoadController(BulkLoads loads, @Value("${concordat.bulk.directory:./bulk}") Path directory, Uploads uploads,
			@Value("${concordat.bulk.max-body-size:1GB}") DataSize maxBodySize) {
		this.loads = loads;
		this.directory = new BulkDirectory(directory);
		this.uploads = uploads;
		this.maxBodySize = maxBodySize.toBytes();
	}

	@PostMapping(params = "path")
	Mono<ResponseEntity<BulkProgress.Status>> fromServerFile(
			@Parameter(description = "a file under concordat.bulk.directory to load; without it the body is the document")
			@RequestParam(required = false) String path, // present: this mapping needs it (params), it is optional to the API
			@RequestParam(defaultValue = "10000") int batchSize, @RequestParam(defaultValue = "1") int resumeFrom) {
		// resolving the path touches the file system: off the event loop
		return Mono.zip(Mono.fromCallable(() -> directory.file(path)).subscribeOn(Schedulers.boundedElastic()),
				Actor.current())
			.map(both -> accepted(loads.start(both.getT1(), path, settings(batchSize, resumeFrom), () -> {
			}, both.getT2())));
	}

	/**
	 * Streams the body to an upload file (never into the heap) and starts loading it. A body beyond
	 * {@code concordat.bulk.max-body-size} is refused with 413, by its Content-Length before anything is read, or
	 * as soon as that many bytes have arrived. The file is deleted whatever happens: by the load when it ends, or
	 * here when the upload is refused (400, 409, 413) or the client goes away.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<BulkProgress.Status>> fromBody(
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = RegisterDocument.class))) @RequestBody Flux<DataBuffer> body,
			@Parameter(hidden = true) @RequestHeader(name = "Content-Length", required = false) Long length,
			@RequestParam(defaultValue = "10000") int batchSize, @RequestParam(defaultValue = "1") int resumeFrom) {
		BulkSettings settings = settings(batchSize, resumeFrom);
		if (length != null && length > maxBodySize) {
			throw tooLarge(length + " bytes are");
		}
		loads.refuseIfRunning();
		return Mono.zip(Mono.fromCallable(uploads::create).subscribeOn(Schedulers.boundedElastic()), Actor.current())
			.flatMap(both -> {
			Path file = both.getT1();
			AtomicBoolean handedOver = new AtomicBoolean();
			return DataBufferUtils.write(limited(body), file)
				.then(Mono.fromCallable(() -> {
					BulkProgress progress = loads.start(file, "request body", settings, () -> uploads.delete(file),
							both.getT2());
					handedOver.set(true);
					return accepted(progress);
				}))
				.doFinally(signal -> {
					if (!handedOver.get()) {
						Schedulers.boundedElastic().schedule(() -> uploads.delete(file));
					}
				});
		});
	}

	/** The body, failing with 413 once it has run past the limit. */
	private Flux<DataBuffer> limited(Flux<DataBuffer> body) {
		AtomicLong received = new AtomicLong();
		return body.handle((buffer, sink) -> {
			if (received.addAndGet(buffer.readableByteCount()) > maxBodySize) {
				DataBufferUtils.release(buffer);
				sink.error(tooLarge("more than " + maxBodySize + " bytes arrived, which is"));
			}
			else {
				sink.next(buffer);
			}
		});
	}

	private ContentTooLargeException tooLarge(String what) {
		return new ContentTooLargeException(new IllegalArgumentException("the document's " + what
				+ " above the bulk load's limit of " + maxBodySize + " bytes (concordat.bulk.max-body-size)"));
	}

	@GetMapping("/{id}")
	BulkProgress.Status status(@PathVariable String id) {
		return find(id).status();
	}

	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<BulkProgress.Status>> events(@PathVariable String id) {
		BulkProgress progress = find(id);
		return Flux.interval(Duration.ZERO, Duration.ofMillis(500))
			.map(tick -> progress.status())
			.takeUntil(status -> !"running".equals(status.state()))
			.map(status -> ServerSentEvent.builder(status).event(status.state()).build());
	}

	private BulkProgress find(String id) {
		return loads.find(id).orElseThrow(() -> new NotFoundException("id", "bulk load", id));
	}

	private static BulkSettings settings(int batchSize, int resumeFrom) {
		try {
			return BulkSettings.of(batchSize, resumeFrom);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(batchSize < 1 || batchSize > 100_000 ? "batchSize" : "resumeFrom",
					e.getMessage());
		}
	}

	private static ResponseEntity<BulkProgress.Status> accepted(BulkProgress progress) {
		return ResponseEntity.accepted().location(URI.create("/api/bulk-load/" + progress.status().id()))
			.body(progress.status());
	}
}
