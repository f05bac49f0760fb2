package dev.microcred.deploy;

import dev.microcred.infra.KafkaBroker;
import dev.microcred.schemas.Topics;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the brokers: one Kafka principal per service and per training platform, each
 * allowed only its own topics, so that nobody but issuer-service can write credential-events (and
 * so change a verify answer), nobody but status-stream the status view, and a training platform
 * only completions. The brokers deny everything no ACL here allows. This table is the one
 * definition: the local stack applies it, the compose file's {@code broker-access} job runs
 * {@link #main}, and ClusterManifestsTest holds the Strimzi KafkaUsers to it.
 */
public final class BrokerAccess {
    public static final String ISSUER_SERVICE = "issuer-service";
    public static final String STATUS_STREAM = "status-stream";
    public static final String WITNESS_FORWARDER = "witness-forwarder";
    public static final String TALENT_GRAPH = "talent-graph";
    /** The local stack's one training platform; a real deployment has a principal per platform. */
    public static final String TRAINING_PLATFORM = "training-platform";

    private static final String INGRESS_REJECTIONS = Topics.Rejections.TRAINING_COMPLETIONS_REJECTED.topic();
    private static final String EVENT_REJECTIONS = Topics.Rejections.CREDENTIAL_EVENTS_REJECTED.topic();
    private static final String DELTA_REJECTIONS = Topics.Rejections.STATUS_DELTAS_REJECTED.topic();
    private static final String TALENT_REJECTIONS = Topics.Rejections.TALENT_GRAPH_REJECTED.topic();
    private static final int SCRAM_ITERATIONS = 4096;

    /** What one principal may do on one resource (a literal name, or every name with a prefix). */
    public record Grant(ResourceType type, String name, PatternType pattern, Set<AclOperation> operations) {
        static Grant topic(String name, AclOperation... operations) {
            return new Grant(ResourceType.TOPIC, name, PatternType.LITERAL, Set.of(operations));
        }
    }

    private BrokerAccess() {
    }

    /** Each service's principal and its grants, with the services' default group and transactional ids. */
    public static Map<String, List<Grant>> services() {
        Map<String, List<Grant>> services = new LinkedHashMap<>();
        services.put(ISSUER_SERVICE, List.of(
                written(Topics.CREDENTIAL_EVENTS.topic()), written(Topics.ISSUERS.topic()),
                provisioned(Topics.TRAINING_COMPLETIONS.topic(), AclOperation.READ),
                provisioned(INGRESS_REJECTIONS, AclOperation.WRITE),
                new Grant(ResourceType.GROUP, "issuer-service-ingress", PatternType.LITERAL, Set.of(AclOperation.READ)),
                new Grant(ResourceType.TRANSACTIONAL_ID, "issuer-outbox-relay", PatternType.LITERAL,
                        Set.of(AclOperation.WRITE, AclOperation.DESCRIBE))));
        services.put(STATUS_STREAM, List.of(
                provisioned(Topics.CREDENTIAL_EVENTS.topic(), AclOperation.READ),
                Grant.topic(Topics.ISSUERS.topic(), AclOperation.READ, AclOperation.DESCRIBE),
                written(Topics.CREDENTIAL_STATUS.topic()), written(Topics.STATUS_DELTAS.topic()),
                provisioned(EVENT_REJECTIONS, AclOperation.WRITE),
                // Kafka Streams' changelog and repartition topics, its group and its transactions.
                new Grant(ResourceType.TOPIC, STATUS_STREAM + "-", PatternType.PREFIXED, Set.of(AclOperation.ALL)),
                new Grant(ResourceType.GROUP, STATUS_STREAM, PatternType.LITERAL,
                        Set.of(AclOperation.READ, AclOperation.DESCRIBE)),
                new Grant(ResourceType.TRANSACTIONAL_ID, STATUS_STREAM + "-", PatternType.PREFIXED,
                        Set.of(AclOperation.WRITE, AclOperation.DESCRIBE))));
        services.put(WITNESS_FORWARDER, List.of(
                Grant.topic(Topics.STATUS_DELTAS.topic(), AclOperation.READ, AclOperation.DESCRIBE),
                new Grant(ResourceType.GROUP, "witness-forwarder-feed", PatternType.LITERAL, Set.of(AclOperation.READ)),
                provisioned(Topics.WITNESS_RECEIPTS.topic(), AclOperation.WRITE),
                provisioned(DELTA_REJECTIONS, AclOperation.WRITE)));
        // Reads the public status stream and issuer profiles; writes nothing anyone else reads.
        services.put(TALENT_GRAPH, List.of(
                Grant.topic(Topics.STATUS_DELTAS.topic(), AclOperation.READ, AclOperation.DESCRIBE),
                Grant.topic(Topics.ISSUERS.topic(), AclOperation.READ, AclOperation.DESCRIBE),
                new Grant(ResourceType.GROUP, TALENT_GRAPH, PatternType.LITERAL, Set.of(AclOperation.READ)),
                provisioned(TALENT_REJECTIONS, AclOperation.WRITE)));
        return services;
    }

    /**
     * A training platform writes completions, in transactions if it likes (with transactional ids
     * that start with its principal's name), and nothing else.
     */
    public static List<Grant> trainingPlatform(String principal) {
        return List.of(Grant.topic(Topics.TRAINING_COMPLETIONS.topic(), AclOperation.WRITE, AclOperation.DESCRIBE),
                new Grant(ResourceType.TRANSACTIONAL_ID, principal + "-", PatternType.PREFIXED,
                        Set.of(AclOperation.WRITE, AclOperation.DESCRIBE)));
    }

    /** Every principal of the local stack and its grants. */
    public static Map<String, List<Grant>> localStack() {
        Map<String, List<Grant>> all = new LinkedHashMap<>(services());
        all.put(TRAINING_PLATFORM, trainingPlatform(TRAINING_PLATFORM));
        return all;
    }

    /** A topic the principal creates (with the catalogue's configs, checked at start) and reads. */
    private static Grant provisioned(String topic, AclOperation use) {
        return Grant.topic(topic, use, AclOperation.CREATE, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS);
    }

    /** A topic the principal owns: creates, writes and reads back (the relay finds where it stopped). */
    private static Grant written(String topic) {
        return Grant.topic(topic, AclOperation.WRITE, AclOperation.READ, AclOperation.CREATE, AclOperation.DESCRIBE,
                AclOperation.DESCRIBE_CONFIGS);
    }

    /** The ACL bindings that allow {@code principal} its grants, and nothing more. */
    public static List<AclBinding> bindings(String principal, List<Grant> grants) {
        List<AclBinding> bindings = new ArrayList<>();
        for (Grant grant : grants) {
            for (AclOperation operation : EnumSet.copyOf(grant.operations())) {
                bindings.add(new AclBinding(new ResourcePattern(grant.type(), grant.name(), grant.pattern()),
                        new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW)));
            }
        }
        return bindings;
    }

    /**
     * Sets each principal's SCRAM-SHA-512 password, adds its ACLs and deletes any other ACL of it (a
     * grant since taken out of this table); run as the brokers' super user. Idempotent, so a
     * deployment runs this on every start.
     */
    public static void apply(Admin admin, Map<String, List<Grant>> principals, Map<String, String> passwords) {
        List<UserScramCredentialUpsertion> users = new ArrayList<>();
        List<AclBinding> acls = new ArrayList<>();
        principals.forEach((principal, grants) -> {
            String password = passwords.get(principal);
            if (password == null) {
                throw new IllegalArgumentException("no password for the Kafka principal " + principal);
            }
            users.add(new UserScramCredentialUpsertion(principal,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password));
            acls.addAll(bindings(principal, grants));
        });
        try {
            admin.alterUserScramCredentials(List.copyOf(users)).all().get();
            admin.createAcls(acls).all().get();
            List<AclBindingFilter> stale = admin.describeAcls(AclBindingFilter.ANY).values().get().stream()
                    .filter(b -> principals.containsKey(principalName(b)) && !acls.contains(b))
                    .map(AclBinding::toFilter).toList();
            if (!stale.isEmpty()) {
                admin.deleteAcls(stale).all().get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not set the brokers' users and ACLs", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The compose file's one-shot {@code broker-access} job. Environment: KAFKA_BOOTSTRAP_SERVERS,
     * KAFKA_OPERATOR_PASSWORD (the brokers' PLAIN super user {@code operator}) and, for each
     * principal, KAFKA_PASSWORD_ followed by its name in capitals with underscores (e.g.
     * KAFKA_PASSWORD_ISSUER_SERVICE).
     */
    public static void main(String[] args) {
        Map<String, String> passwords = new HashMap<>();
        Map<String, List<Grant>> principals = localStack();
        principals.keySet().forEach(p -> passwords.put(p, requiredEnv(passwordVariable(p))));
        try (Admin admin = Admin.create(KafkaBroker.operatorClientConfig(requiredEnv("KAFKA_BOOTSTRAP_SERVERS"),
                requiredEnv("KAFKA_OPERATOR_PASSWORD")))) {
            apply(admin, principals, passwords);
        }
        System.out.println("set the users and ACLs of " + String.join(", ", principals.keySet()));
    }

    private static String principalName(AclBinding binding) {
        String principal = binding.entry().principal();
        return principal.startsWith("User:") ? principal.substring("User:".length()) : principal;
    }

    static String passwordVariable(String principal) {
        return "KAFKA_PASSWORD_" + principal.toUpperCase().replace('-', '_');
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("set " + name);
        }
        return value;
    }
}
