package dev.microcred.status.kafka;

import dev.microcred.schemas.Causes;
import dev.microcred.schemas.RegistryOutage;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/**
 * What happens to a stream thread that died. A failure that passes (a registry outage, a record to
 * read again later, any of Kafka's retriable errors such as a timeout) replaces the thread: it
 * resumes from the last commit, so exactly-once holds and nothing is skipped. Anything else is a
 * defect a new thread would meet again: the client shuts down (readiness and liveness go down)
 * rather than loop. Either way verify answers 503 once the view is older than its bound, never a
 * stale OK. The Quarkus extension installs this bean before Kafka Streams starts.
 */
@ApplicationScoped
public class StreamThreadReplacement implements StreamsUncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(StreamThreadReplacement.class);

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        if (passes(exception)) {
            LOG.warnf("a stream thread failed on a passing fault and is replaced: %s", exception.toString());
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        LOG.error("a stream thread failed on a fault a new thread would meet again; status-stream stops processing", exception);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    static boolean passes(Throwable exception) {
        return RegistryOutage.explains(exception)
                || Causes.first(exception, t -> t instanceof ReadAgainLater || t instanceof RetriableException).isPresent();
    }
}
