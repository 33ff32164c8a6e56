package org.concordat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogMessage;

/**
 * Spring's and Spring Security's own logging (Commons Logging) reaches Logback, and a message it builds lazily
 * ({@link LogMessage}) is built only when its level is on. Commons Logging's own bridge to SLF4J renders every
 * message before SLF4J checks the level; Spring Security's matchers log one for each rule they try, so every
 * request formatted strings nobody read (META-INF/services/org.apache.commons.logging.LogFactory).
 */
class LoggingTests {

	private static final String NAME = "org.concordat.operations.LoggingTests.sample";

	private final Logger logback = (Logger) LoggerFactory.getLogger(NAME);

	private final ListAppender<ILoggingEvent> written = new ListAppender<>();

	@BeforeEach
	void listen() {
		logback.setLevel(Level.INFO);
		written.start();
		logback.addAppender(written);
	}

	@AfterEach
	void stopListening() {
		logback.detachAppender(written);
		logback.setLevel(null);
	}

	@Test
	void aDebugMessageIsNotBuiltWhileDebugIsOff() {
		AtomicInteger built = new AtomicInteger();
		Log log = LogFactory.getLog(NAME);

		log.debug(LogMessage.of(() -> "built " + built.incrementAndGet()));

		assertThat(log.isDebugEnabled()).isFalse();
		assertThat(built).hasValue(0);
		assertThat(written.list).isEmpty();
	}

	@Test
	void aMessageAtAnEnabledLevelIsBuiltOnceAndReachesLogback() {
		AtomicInteger built = new AtomicInteger();
		Log log = LogFactory.getLog(NAME);

		log.info(LogMessage.of(() -> "built " + built.incrementAndGet()));

		assertThat(built).hasValue(1);
		assertThat(written.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("built 1");
		assertThat(written.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO);
	}
}
