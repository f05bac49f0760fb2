package dev.microcred.issuer;

import dev.microcred.infra.ServiceInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real PostgreSQL, KRaft broker and Apicurio Registry for the service under test; no Docker. */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {
    private ServiceInfrastructure infrastructure;

    @Override
    public Map<String, String> start() {
        infrastructure = ServiceInfrastructure.start("issuer");
        return infrastructure.properties();
    }

    @Override
    public void stop() {
        infrastructure.close();
    }
}
