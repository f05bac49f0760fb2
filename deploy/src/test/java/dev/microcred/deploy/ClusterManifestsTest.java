package dev.microcred.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.schemas.Topics;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine or Kubernetes cluster runs here, so the cluster files in deploy/cluster are
 * checked against the code instead: every topic with the catalogue's configs at the cluster's
 * partitions and replication, the services told the same, every environment variable one the
 * service reads, probes and resource requests on every workload.
 */
class ClusterManifestsTest {
    private static final Path CLUSTER = Path.of("cluster");
    private static final Path ROOT = Path.of("..");
    private static final int PARTITIONS = 12;
    private static final short REPLICATION = 3;
    @Test
    void everyCataloguedTopicIsDeclaredForStrimziWithTheCodesConfigs() {
        Map<String, Map<String, Object>> declared = kafkaTopics();
        for (Topics topic : Topics.values()) {
            Map<String, Object> spec = declared.get(topic.topic());
            assertNotNull(spec, topic.topic() + " has no KafkaTopic");
            assertEquals(PARTITIONS, spec.get("partitions"), topic.topic());
            assertEquals((int) REPLICATION, spec.get("replicas"), topic.topic());
            assertEquals(new TreeMap<>(topic.definition(PARTITIONS, REPLICATION).configs()), strings(spec.get("config")),
                    topic.topic() + " configs differ from Topics.definition");
        }
        // The rejection topics too: never compacted, kept as long as what they set aside (rejected completions
        // hold the same personal data as the completions)
        for (Topics.Rejections rejections : Topics.Rejections.values()) {
            Map<String, Object> spec = declared.get(rejections.topic());
            assertNotNull(spec, rejections.topic() + " has no KafkaTopic");
            assertEquals(new TreeMap<>(rejections.definition(PARTITIONS, REPLICATION).configs()),
                    strings(spec.get("config")), rejections.topic() + " configs differ from Topics.Rejections");
        }
        Set<String> known = new HashSet<>(Stream.of(Topics.values()).map(Topics::topic).toList());
        Stream.of(Topics.Rejections.values()).map(Topics.Rejections::topic).forEach(known::add);
        assertEquals(known, declared.keySet(), "a KafkaTopic the code does not know, or one missing");
    }

    @Test
    void theReplicationRulesOfTheCatalogueHoldForCompactionAndRetention() {
        // The rules the cluster relies on, read from the code rather than repeated here
        assertEquals("compact", Topics.CREDENTIAL_STATUS.definition(PARTITIONS, REPLICATION).configs().get("cleanup.policy"));
        assertEquals("-1", Topics.STATUS_DELTAS.definition(PARTITIONS, REPLICATION).configs().get("retention.ms"));
        assertTrue(Topics.TRAINING_COMPLETIONS.retentionMs() > 0, "completions carry personal data: not kept for ever");
        for (Topics topic : Topics.values()) {
            assertEquals("2", topic.definition(PARTITIONS, REPLICATION).configs().get("min.insync.replicas"), topic.topic());
        }
    }

    @Test
    void servicesCreateTheirTopicsWithTheClustersPartitionsAndReplication() {
        List<Map<String, String>> environments = new ArrayList<>(kubernetesContainers().values());
        Map<String, Map<String, String>> compose = composeServices();
        compose.remove("broker-access"); // a deployment job that creates no topic
        environments.addAll(compose.values());
        int checked = 0;
        for (Map<String, String> env : environments) {
            if (env.containsKey("KAFKA_BOOTSTRAP_SERVERS")) {
                assertEquals(Integer.toString(PARTITIONS), env.get("TOPIC_PARTITIONS"), env.toString());
                assertEquals(Short.toString(REPLICATION), env.get("KAFKA_REPLICATION_FACTOR"), env.toString());
                checked++;
            }
        }
        assertEquals(8, checked, "issuer-service, status-stream, witness-forwarder and talent-graph, in both files");
    }

    @Test
    void theBrokersRequireTwoInSyncReplicasOfThree() {
        Map<String, Object> kafka = kubernetes().stream().filter(d -> "Kafka".equals(d.get("kind"))).findFirst().orElseThrow();
        Map<String, Object> config = map(map(map(kafka.get("spec")).get("kafka")).get("config"));
        assertEquals(2, config.get("min.insync.replicas"));
        assertEquals(3, config.get("default.replication.factor"));
        assertEquals(false, config.get("auto.create.topics.enable"));
        Map<String, Object> pool = kubernetes().stream().filter(d -> "KafkaNodePool".equals(d.get("kind"))).findFirst().orElseThrow();
        assertEquals(3, map(pool.get("spec")).get("replicas"));
        Map<String, Map<String, String>> compose = composeServices();
        assertEquals(3, compose.keySet().stream().filter(s -> s.startsWith("kafka-")).count());
        compose.forEach((name, env) -> {
            if (name.startsWith("kafka-")) {
                assertEquals("2", env.get("KAFKA_MIN_INSYNC_REPLICAS"), name);
                assertEquals("false", env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"), name);
            }
        });
    }

    @Test
    void theComposeClusterRunsTheWholePlatformWithStatusStreamScaledToThree() {
        Map<String, Object> services = map(compose().get("services"));
        for (String service : List.of("postgres", "registry", "schema-registration", "issuer-service", "status-stream",
                "witness-forwarder", "talent-graph", "uk-witness", "us-witness")) {
            assertTrue(services.containsKey(service), service);
        }
        assertEquals(3, map(map(services.get("status-stream")).get("deploy")).get("replicas"));
        assertEquals("sql", composeServices().get("registry").get("APICURIO_STORAGE_KIND"), "registry on PostgreSQL");
        assertTrue(map(compose().get("volumes")).containsKey("postgres"), "PostgreSQL (and so the registry) persists");
    }

    @Test
    void everyEnvironmentVariableGivenToAServiceIsOneTheServiceReads() throws IOException {
        Map<String, Map<String, String>> byModule = new LinkedHashMap<>();
        kubernetesContainers().forEach((image, env) -> byModule.merge(module(image), env, ClusterManifestsTest::union));
        Map<String, Object> services = map(compose().get("services"));
        composeServices().forEach((name, env) -> {
            Object build = map(services.get(name)).get("build");
            if (build != null && map(build).get("args") != null) {
                byModule.merge(String.valueOf(map(map(build).get("args")).get("MODULE")), env, ClusterManifestsTest::union);
            }
        });
        assertEquals(Set.of("issuer-service", "status-stream", "witness-forwarder", "talent-graph", "witness-ledger"),
                byModule.keySet());
        for (var entry : byModule.entrySet()) {
            Set<String> read = variablesRead(entry.getKey());
            for (String variable : entry.getValue().keySet()) {
                assertTrue(read.contains(variable) || variable.startsWith("QUARKUS_"),
                        entry.getKey() + " does not read " + variable);
            }
        }
    }

    @Test
    void everyWorkloadHasProbesAndResourceRequests() {
        int workloads = 0;
        for (Map<String, Object> doc : kubernetes()) {
            if (!List.of("Deployment", "StatefulSet").contains(doc.get("kind"))) {
                continue;
            }
            workloads++;
            for (Object c : containers(doc)) {
                Map<String, Object> container = map(c);
                assertNotNull(container.get("readinessProbe"), container.get("name") + " readiness");
                assertNotNull(map(container.get("resources")).get("requests"), container.get("name") + " requests");
                if (String.valueOf(container.get("image")).startsWith("microcred/")) {
                    assertNotNull(container.get("livenessProbe"), container.get("name") + " liveness");
                    // Health is served on the management port only
                    for (String probe : List.of("livenessProbe", "readinessProbe")) {
                        assertEquals(9000, map(map(container.get(probe)).get("httpGet")).get("port"), container.get("name") + " " + probe);
                    }
                }
            }
        }
        assertEquals(8, workloads,
                "postgres, registry, issuer-service, status-stream, witness-forwarder, talent-graph and two ledgers");
    }

    @Test
    void everyDatabaseAServiceUsesIsCreatedAtInitialisation() throws IOException {
        String init = Files.readString(CLUSTER.resolve("postgres-init.sql"));
        Set<String> used = new HashSet<>();
        Pattern jdbc = Pattern.compile("jdbc:postgresql://postgres:5432/([a-z_]+)");
        for (Path file : clusterFiles()) {
            Matcher m = jdbc.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertEquals(Set.of("issuer", "registry", "forwarder", "talent", "ledger_uk_witness", "ledger_us_witness"), used);
        used.forEach(db -> assertTrue(init.contains("create database " + db + ";"), db));
    }

    @Test
    void theStrimziUsersAreBrokerAccessPrincipalsWithItsGrantsAndNoMore() {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (Map<String, Object> doc : kubernetes()) {
            if ("KafkaUser".equals(doc.get("kind"))) {
                Map<String, Object> spec = map(doc.get("spec"));
                assertEquals("scram-sha-512", map(spec.get("authentication")).get("type"));
                Set<String> acls = new TreeSet<>();
                for (Object a : list(map(spec.get("authorization")).get("acls"))) {
                    Map<String, Object> resource = map(map(a).get("resource"));
                    for (Object operation : list(map(a).get("operations"))) {
                        acls.add(acl(snake(resource.get("type")), resource.get("name"),
                                "prefix".equals(resource.get("patternType")) ? "PREFIXED" : "LITERAL", snake(operation)));
                    }
                }
                declared.put(String.valueOf(map(doc.get("metadata")).get("name")), acls);
            }
        }
        Map<String, Set<String>> expected = new TreeMap<>();
        BrokerAccess.localStack().forEach((principal, grants) -> {
            Set<String> acls = new TreeSet<>();
            for (BrokerAccess.Grant g : grants) {
                g.operations().forEach(o -> acls.add(acl(g.type().name(), g.name(), g.pattern().name(), o.name())));
            }
            expected.put(principal, acls);
        });
        assertEquals(expected, declared);
    }

    @Test
    void everyServiceLogsInToTheBrokersAsItsOwnPrincipal() {
        Map<String, Map<String, String>> compose = composeServices();
        for (String service : BrokerAccess.services().keySet()) {
            Map<String, String> env = compose.get(service);
            assertEquals("SASL_PLAINTEXT", env.get("KAFKA_SECURITY_PROTOCOL"), service);
            assertTrue(env.get("KAFKA_SASL_JAAS_CONFIG").contains("ScramLoginModule required username=\"" + service
                    + "\" password=\"${" + BrokerAccess.passwordVariable(service) + "}\""), service);
        }
        Map<String, String> brokerAccess = compose.get("broker-access");
        BrokerAccess.localStack().keySet().forEach(p -> assertTrue(
                brokerAccess.containsKey(BrokerAccess.passwordVariable(p)), "broker-access sets no password for " + p));
        compose.forEach((name, env) -> {
            if (name.startsWith("kafka-")) {
                assertEquals("org.apache.kafka.metadata.authorizer.StandardAuthorizer", env.get("KAFKA_AUTHORIZER_CLASS_NAME"));
                assertEquals("CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT", env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"));
            }
        });
        int kubernetes = 0;
        for (Map<String, Object> doc : kubernetes()) {
            for (Object c : containers(doc)) {
                String name = String.valueOf(map(c).get("name"));
                if (BrokerAccess.services().containsKey(name)) {
                    Map<String, Object> login = list(map(c).get("env")).stream().map(ClusterManifestsTest::map)
                            .filter(e -> "KAFKA_SASL_JAAS_CONFIG".equals(e.get("name"))).findFirst().orElseThrow();
                    assertEquals(Map.of("name", name, "key", "sasl.jaas.config"),
                            map(map(login.get("valueFrom")).get("secretKeyRef")), name + " reads its KafkaUser's secret");
                    kubernetes++;
                }
            }
        }
        assertEquals(4, kubernetes, "issuer-service, status-stream, witness-forwarder and talent-graph");
        Map<String, Object> kafka = kubernetes().stream().filter(d -> "Kafka".equals(d.get("kind"))).findFirst().orElseThrow();
        assertEquals(Map.of("type", "simple"), map(map(map(kafka.get("spec")).get("kafka")).get("authorization")));
    }

    private static String acl(Object type, Object name, String pattern, Object operation) {
        return type + ":" + name + ":" + pattern + ":" + operation;
    }

    /** Strimzi's names (transactionalId, DescribeConfigs) as Kafka's enums name them. */
    private static String snake(Object camel) {
        return String.valueOf(camel).replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    // ---- reading the files ------------------------------------------------------------------------

    /** Topic name to KafkaTopic spec. */
    private static Map<String, Map<String, Object>> kafkaTopics() {
        Map<String, Map<String, Object>> topics = new HashMap<>();
        for (Map<String, Object> doc : kubernetes()) {
            if ("KafkaTopic".equals(doc.get("kind"))) {
                topics.put(String.valueOf(map(doc.get("metadata")).get("name")), map(doc.get("spec")));
            }
        }
        return topics;
    }

    /** Image to environment (name to literal value, or "secret" for a secret reference). */
    private static Map<String, Map<String, String>> kubernetesContainers() {
        Map<String, Map<String, String>> byImage = new LinkedHashMap<>();
        for (Map<String, Object> doc : kubernetes()) {
            if (List.of("Deployment", "StatefulSet").contains(doc.get("kind"))) {
                for (Object c : containers(doc)) {
                    Map<String, Object> container = map(c);
                    String image = String.valueOf(container.get("image"));
                    if (image.startsWith("microcred/")) {
                        Map<String, String> env = new LinkedHashMap<>();
                        for (Object e : list(container.get("env"))) {
                            Map<String, Object> variable = map(e);
                            env.put(String.valueOf(variable.get("name")),
                                    variable.containsKey("value") ? String.valueOf(variable.get("value")) : "secret");
                        }
                        byImage.put(image + "#" + map(doc.get("metadata")).get("name"), env);
                    }
                }
            }
        }
        return byImage;
    }

    /** Compose service to environment, with anchors and merge keys resolved. */
    private static Map<String, Map<String, String>> composeServices() {
        Map<String, Map<String, String>> services = new LinkedHashMap<>();
        map(compose().get("services")).forEach((name, s) -> {
            Map<String, String> env = new LinkedHashMap<>();
            Object environment = map(s).get("environment");
            if (environment != null) {
                map(environment).forEach((k, v) -> env.put(k, String.valueOf(v)));
            }
            services.put(name, env);
        });
        return services;
    }

    /**
     * The environment variables a module reads: those its application.properties names in
     * ${...}, and those naming one of its properties the Quarkus way (dots and dashes as _).
     */
    private static Set<String> variablesRead(String module) throws IOException {
        String properties = Files.readString(ROOT.resolve(module).resolve("src/main/resources/application.properties"));
        Set<String> read = new HashSet<>();
        Matcher reference = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(properties);
        while (reference.find()) {
            read.add(reference.group(1));
        }
        for (String line : properties.lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("%") && line.contains("=")) {
                read.add(line.substring(0, line.indexOf('=')).trim().replaceAll("[.\\-]", "_").toUpperCase(Locale.ROOT));
            }
        }
        return read;
    }

    private static String module(String imageAndWorkload) {
        return imageAndWorkload.substring("microcred/".length(), imageAndWorkload.indexOf(':'));
    }

    private static List<Object> containers(Map<String, Object> workload) {
        return list(map(map(map(workload.get("spec")).get("template")).get("spec")).get("containers"));
    }

    private static List<Map<String, Object>> kubernetes() {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Path file : clusterFiles()) {
            if (file.getParent().getFileName().toString().equals("kubernetes")) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    new Yaml().loadAll(reader).forEach(doc -> {
                        if (doc != null) {
                            docs.add(map(doc));
                        }
                    });
                } catch (IOException e) {
                    throw new AssertionError(file.toString(), e);
                }
            }
        }
        assertFalse(docs.isEmpty(), "no manifests read");
        return docs;
    }

    private static Map<String, Object> compose() {
        try (Reader reader = Files.newBufferedReader(CLUSTER.resolve("docker-compose.yml"))) {
            return map(new Yaml().load(reader));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Path> clusterFiles() {
        try (Stream<Path> files = Files.walk(CLUSTER)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> strings(Object config) {
        Map<String, String> values = new TreeMap<>();
        map(config).forEach((k, v) -> values.put(k, String.valueOf(v)));
        return values;
    }

    private static Map<String, String> union(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new LinkedHashMap<>(a);
        all.putAll(b);
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }
}
