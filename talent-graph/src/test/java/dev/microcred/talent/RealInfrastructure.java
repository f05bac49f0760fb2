package dev.microcred.talent;

import dev.microcred.infra.ApicurioRegistry;
import dev.microcred.infra.FreePort;
import dev.microcred.infra.KafkaBroker;
import dev.microcred.infra.PostgresServer;
import dev.microcred.infra.ScratchDirectory;
import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.TopicProvisioning;
import dev.microcred.schemas.Topics;
import dev.microcred.talent.support.IssuerDomains;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL, KRaft broker and Apicurio Registry; no Docker. status-deltas and issuers are created here, as
 * status-stream and issuer-service would in production. Issuer domains are answered by {@link IssuerDomains}, which
 * plays status-stream's verify endpoint. Global: every {@code @QuarkusTest} of the module shares one application.
 */
@SuppressWarnings("deprecation")
@QuarkusTestResource(RealInfrastructure.class)
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {
    private ScratchDirectory dir;
    private KafkaBroker broker;
    private PostgresServer postgres;
    private ApicurioRegistry registry;

    @Override
    public Map<String, String> start() {
        dir = ScratchDirectory.create("talent-graph-it-");
        postgres = PostgresServer.start(dir.resolve("pg"), FreePort.pick());
        broker = KafkaBroker.startFresh(dir.resolve("kafka"));
        registry = ApicurioRegistry.start(FreePort.pick(), dir.resolve("registry.log"));
        TopicProvisioning.ensure(KafkaConnection.plaintext(broker.bootstrapServers()),
                List.of(Topics.STATUS_DELTAS, Topics.ISSUERS), 3, (short) 1);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.database("talent"),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "apicurio.registry.url", registry.apiUrl(),
                "apicurio.registry.auto-register", "true",
                "talent.verify.resolve", "*=" + IssuerDomains.start(),
                "topics.partitions", "3");
    }

    @Override
    public void stop() {
        IssuerDomains.stop();
        registry.close();
        broker.close();
        postgres.close();
        dir.close();
    }
}
