package dev.microcred.issuer.kafka;

import dev.microcred.schemas.KafkaConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * The one connection to the brokers that every Kafka client of this service uses, as the
 * {@code issuer-service} principal ({@code kafka.*} in application.properties): the brokers' ACLs
 * let only this principal write credential-events and issuers.
 */
@ApplicationScoped
public class BrokerLogin {

    @Produces
    @Singleton
    KafkaConnection connection(Config config) {
        return KafkaConnection.from(config.getPropertyNames(), name -> config.getOptionalValue(name, String.class));
    }
}
