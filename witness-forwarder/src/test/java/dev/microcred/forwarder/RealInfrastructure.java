package dev.microcred.forwarder;

import dev.microcred.infra.ServiceInfrastructure;
import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.TopicProvisioning;
import dev.microcred.schemas.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL, KRaft broker and Apicurio Registry for the service under test; no Docker.
 * status-deltas is created here, as status-stream would in production, before the forwarder subscribes.
 * Declared global (on itself), so every {@code @QuarkusTest} of the module shares one application
 * and one set of servers; tests stay apart by using fresh jurisdictions and witness ids.
 */
@SuppressWarnings("deprecation")
@QuarkusTestResource(RealInfrastructure.class)
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {
    private ServiceInfrastructure infrastructure;

    @Override
    public Map<String, String> start() {
        infrastructure = ServiceInfrastructure.start("forwarder");
        TopicProvisioning.ensure(KafkaConnection.plaintext(infrastructure.bootstrapServers()), List.of(Topics.STATUS_DELTAS),
                3, (short) 1);
        Map<String, String> properties = infrastructure.properties();
        properties.put("topics.partitions", "3");
        return properties;
    }

    @Override
    public void stop() {
        infrastructure.close();
    }
}
