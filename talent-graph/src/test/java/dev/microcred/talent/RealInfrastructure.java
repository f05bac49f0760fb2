package dev.microcred.talent;

import dev.microcred.infra.ServiceInfrastructure;
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
    private ServiceInfrastructure infrastructure;

    @Override
    public Map<String, String> start() {
        infrastructure = ServiceInfrastructure.start("talent");
        TopicProvisioning.ensure(KafkaConnection.plaintext(infrastructure.bootstrapServers()),
                List.of(Topics.STATUS_DELTAS, Topics.ISSUERS), 3, (short) 1);
        Map<String, String> properties = infrastructure.properties();
        properties.put("apicurio.registry.auto-register", "true");
        properties.put("talent.verify.resolve", "*=" + IssuerDomains.start());
        properties.put("topics.partitions", "3");
        return properties;
    }

    @Override
    public void stop() {
        IssuerDomains.stop();
        infrastructure.close();
    }
}
