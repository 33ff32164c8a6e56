package org.concordat.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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
@RequestMapping("/api/bulk-load")
class BulkLoadController {

	private final BulkLoads loads;

	private final BulkDirectory directory;

	BulkLoadController(BulkLoads loads, @Value("${concordat.bulk.directory:./bulk}") Path directory) {
		this.loads = loads;
		this.directory = new BulkDirectory(directory);
	}

	@PostMapping(params = "path")
	Mono<ResponseEntity<BulkProgress.Status>> fromServerFile(@RequestParam String path,
			@RequestParam(defaultValue = "10000") int batchSize, @RequestParam(defaultValue = "1") int resumeFrom) {
		// resolving the path touches the file system: off the event loop
		return Mono.zip(Mono.fromCallable(() -> directory.file(path)).subscribeOn(Schedulers.boundedElastic()),
				Actor.current())
			.map(both -> accepted(loads.start(both.getT1(), path, settings(batchSize, resumeFrom), () -> {
			}, both.getT2())));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<BulkProgress.Status>> fromBody(@RequestBody Flux<DataBuffer> body,
			@RequestParam(defaultValue = "10000") int batchSize, @RequestParam(defaultValue = "1") int resumeFrom) {
		BulkSettings settings = settings(batchSize, resumeFrom);
		return Mono.zip(Mono.fromCallable(() -> Files.createTempFile("concordat-bulk-", ".json"))
			.subscribeOn(Schedulers.boundedElastic()), Actor.current())
			.flatMap(both -> DataBufferUtils.write(body, both.getT1())
				.then(Mono.fromCallable(() -> accepted(loads.start(both.getT1(), "request body", settings,
						() -> delete(both.getT1()), both.getT2())))));
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

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
