package dev.microcred.issuer.credential.service;

import dev.microcred.issuer.credential.persistence.CredentialRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Expiry needs no action for verifiers (verify derives EXPIRED from validUntil), but witnesses must
 * be told of it like any other change. This job finds credentials that lapsed while VALID and
 * writes their Expired events through the outbox, issuer by issuer, under the issuer's row lock, so
 * several instances never record one expiry twice.
 */
@ApplicationScoped
public class ExpiryRecorder {
    private static final Logger LOG = Logger.getLogger(ExpiryRecorder.class);

    private final CredentialService credentials;
    private final CredentialRepository repository;
    private final Clock clock;
    private final int batchSize;

    ExpiryRecorder(CredentialService credentials, CredentialRepository repository, Clock clock,
            @ConfigProperty(name = "credential.expiry.batch-size") int batchSize) {
        this.credentials = credentials;
        this.repository = repository;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${credential.expiry.interval}", delayed = "${credential.expiry.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recordLapsed() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (String issuerId : repository.issuersWithLapsedCredentials(today)) {
            int recorded;
            do {
                recorded = credentials.recordExpiries(issuerId, today, batchSize);
                if (recorded > 0) {
                    LOG.infof("recorded %d expiries of issuer %s", recorded, issuerId);
                }
            } while (recorded == batchSize);
        }
    }
}
