package dev.microcred.deploy;

import dev.microcred.infra.FreePort;
import java.nio.file.Path;

/**
 * Where the local stack keeps its data and which loopback ports it uses. The defaults are fixed
 * ports (so URLs stay the same between runs); tests take free ones.
 */
public record StackLayout(Path projectRoot, Path dataDirectory, int postgresPort, int kafkaPort, int controllerPort,
        int registryPort, int issuerPort, int statusPort, int forwarderPort, int firstLedgerPort, int talentPort) {

    public static StackLayout defaults(Path projectRoot, Path dataDirectory) {
        return new StackLayout(projectRoot, dataDirectory, port("POSTGRES_PORT", 15432), port("KAFKA_PORT", 19092),
                port("KAFKA_CONTROLLER_PORT", 19093), port("REGISTRY_PORT", 18080), port("ISSUER_PORT", 8081),
                port("STATUS_PORT", 8082), port("FORWARDER_PORT", 8083), port("FIRST_LEDGER_PORT", 8084),
                port("TALENT_PORT", 8090));
    }

    /** Every port free; witness ledgers take theirs when they start ({@code firstLedgerPort} 0). */
    public static StackLayout freePorts(Path projectRoot, Path dataDirectory) {
        return new StackLayout(projectRoot, dataDirectory, FreePort.pick(), FreePort.pick(), FreePort.pick(),
                FreePort.pick(), FreePort.pick(), FreePort.pick(), FreePort.pick(), 0, FreePort.pick());
    }

    /** Port of the i-th witness ledger (from 0). */
    int ledgerPort(int i) {
        return firstLedgerPort == 0 ? FreePort.pick() : firstLedgerPort + i;
    }

    Path runner(String module) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    Path logs() {
        return dataDirectory.resolve("logs");
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
