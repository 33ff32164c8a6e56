package org.concordat.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The upload files on their own: swept at start-up when their process is gone, deleted at shutdown. */
class UploadsTests {

	@TempDir
	Path dir;

	@Test
	void startUpSweepsTheUploadsOfProcessesThatAreGoneAndKeepsTheRest() throws Exception {
		Process finished = new ProcessBuilder("true").start();
		long started = finished.info().startInstant().orElseThrow().toEpochMilli();
		finished.waitFor();
		ProcessHandle self = ProcessHandle.current();
		long selfStarted = self.info().startInstant().orElseThrow().toEpochMilli();
		Path ofGoneProcess = upload("concordat-bulk-" + finished.pid() + "-" + started + "-1.json");
		Path ofReusedId = upload("concordat-bulk-" + self.pid() + "-" + (selfStarted - 60_000) + "-2.json");
		Path ofLiveProcess = upload("concordat-bulk-" + self.pid() + "-" + selfStarted + "-3.json");
		Path notAnUpload = upload("notes.json");

		Uploads uploads = new Uploads(dir);

		assertThat(ofGoneProcess).doesNotExist();
		assertThat(ofReusedId).doesNotExist();
		assertThat(ofLiveProcess).exists();
		assertThat(notAnUpload).exists();
		Path created = uploads.create();
		assertThat(created.getFileName().toString()).startsWith("concordat-bulk-" + self.pid() + "-" + selfStarted + "-");
		assertThat(uploads.sweep()).isZero(); // its own uploads are never swept
	}

	@Test
	void shutdownDeletesEveryUploadStillHeld() throws IOException {
		Path a;
		Path b;
		try (var context = new AnnotationConfigApplicationContext()) {
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
					java.util.Map.of("concordat.bulk.upload-directory", dir.toString())));
			context.register(Uploads.class);
			context.refresh();
			Uploads uploads = context.getBean(Uploads.class);
			a = uploads.create();
			b = uploads.create();
			Files.writeString(b, "{\"forces\": [");
			uploads.delete(a);
			assertThat(a).doesNotExist();
			assertThat(b).exists();
		}
		assertThat(b).doesNotExist();
		assertThat(dir).isEmptyDirectory();
	}

	private Path upload(String name) throws IOException {
		return Files.writeString(dir.resolve(name), "{}");
	}
}
