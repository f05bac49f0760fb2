package dev.microcred.deploy;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Which infrastructure an end-to-end test's stack runs on: this machine's (the default, and the
 * only one CI has), or containers with {@code -Dmicrocred.infra=testcontainers} (the
 * {@code testcontainers} Maven profile). As a test class's extension it skips the class, saying
 * why, where the container path is asked for and no Docker engine answers.
 */
final class TestInfrastructure implements ExecutionCondition {
    static final String PROPERTY = "microcred.infra";

    static StackInfrastructure.Starter starter() {
        if (containersAsked()) {
            return ContainerInfrastructure::start;
        }
        return LocalInfrastructure.starter(null);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (containersAsked() && !DockerClientFactory.instance().isDockerAvailable()) {
            return ConditionEvaluationResult.disabled("-D" + PROPERTY + "=testcontainers runs this test on containers,"
                    + " and no Docker engine answers here; without the testcontainers profile it runs on the in-JVM"
                    + " infrastructure");
        }
        return ConditionEvaluationResult.enabled("infrastructure: " + System.getProperty(PROPERTY, "local"));
    }

    private static boolean containersAsked() {
        String chosen = System.getProperty(PROPERTY, "local");
        if (!chosen.equals("local") && !chosen.equals("testcontainers")) {
            throw new IllegalArgumentException(PROPERTY + " is local or testcontainers, not " + chosen);
        }
        return chosen.equals("testcontainers");
    }
}
