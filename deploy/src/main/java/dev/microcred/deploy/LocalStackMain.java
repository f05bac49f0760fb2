package dev.microcred.deploy;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code ./platform start}: starts the local stack, prints where everything is, stops it on Ctrl-C. */
public final class LocalStackMain {
    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Before the first logger exists: the in-process broker is chatty at INFO.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path data = Path.of(args.length > 1 ? args[1] : root.resolve(".data").toString()).toAbsolutePath();
        System.out.println("Starting the platform; data in " + data + " (logs in " + data.resolve("logs") + ")");
        LocalStack stack = LocalStack.start(StackLayout.defaults(root, data));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the platform...");
            stack.close();
            stopped.countDown();
        }));
        System.out.print(banner(stack));
        stopped.await();
    }

    private static String banner(LocalStack stack) {
        StringBuilder witnesses = new StringBuilder();
        for (WitnessLedger w : stack.witnesses()) {
            witnesses.append(String.format("  witness %s (%s, %s)  %s   (GET /v/<hash>, /witness/v1/checkpoint)%n"
                    + "    checkpoint key  %s%n", w.firm().id(), String.join(",", w.firm().jurisdictions()),
                    w.firm().delivery().name().toLowerCase(), w.url(), w.verifierKey()));
        }
        return """

                The platform is up.
                  issuer API        %s/api/v1/issuers   (Swagger UI: %s/q/swagger-ui)
                  verify endpoint   %s                  (send Host: <issuer domain>)
                  internal status   %s/internal/v1/status/<hash>   (on status-stream's management port)
                  schema registry   %s
                  Kafka             %s   (SASL SCRAM-SHA-512; platforms log in as %s,
                                    password in %s)
                  admin token       %s
                  tools token       %s   (for the internal status API)
                  witness forwarder %s/api/v1/witnesses   (operator token %s)
                  talent-graph      %s/api/v1/portfolios   (verify page %s/verify/; pathway operator token %s,
                                    team search token %s)
                  management        issuer %s  status %s  forwarder %s  talent-graph %s   (/q/health, /q/metrics, /q/openapi)
                %sStop with Ctrl-C.
                """.formatted(stack.issuer().url(), stack.issuer().url(), stack.status().url(), stack.status().managementUrl(),
                stack.registryUrl(), stack.bootstrapServers(), BrokerAccess.TRAINING_PLATFORM,
                stack.kafkaPasswordFile(BrokerAccess.TRAINING_PLATFORM), stack.adminToken(), stack.toolsToken(),
                stack.forwarder().url(), stack.forwarderToken(), stack.talent().url(), stack.talent().url(),
                stack.talentOperatorToken(), stack.talentSearchToken(), stack.issuer().managementUrl(), stack.status().managementUrl(),
                stack.forwarder().managementUrl(), stack.talent().managementUrl(), witnesses);
    }
}
