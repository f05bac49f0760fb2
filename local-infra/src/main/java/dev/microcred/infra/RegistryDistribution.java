package dev.microcred.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which Apicurio Registry to run, and with which Java. Registry 3.3.3 needs Java 21+; on a machine
 * with only Java 17, 3.0.9 (the last release whose runner starts on 17, same v3 API) is used
 * instead. Both are Maven artifacts: 3.3.3 is a dependency of this module, 3.0.9 is fetched with
 * {@code mvn dependency:get} the first time it is needed. Each is unpacked once under
 * {@code ~/.cache/microcred}.
 */
record RegistryDistribution(Path java, Path runnerJar) {
    static final String CURRENT = "3.3.3";
    static final String FOR_JAVA_17 = "3.0.9";
    private static final int CURRENT_NEEDS_JAVA = 21;

    static RegistryDistribution locate() {
        Path java = findJava();
        String version = featureVersion(java.getParent().getParent()) >= CURRENT_NEEDS_JAVA ? CURRENT : FOR_JAVA_17;
        return new RegistryDistribution(java, unpacked(version));
    }

    private static Path unpacked(String version) {
        Path target = Path.of(System.getProperty("user.home"), ".cache", "microcred", "apicurio-registry-" + version);
        Optional<Path> runner = findRunner(target);
        if (runner.isPresent()) {
            return runner.get();
        }
        Path archive = localRepository().resolve("io/apicurio/apicurio-registry-app/" + version
                + "/apicurio-registry-app-" + version + "-all.tar.gz");
        if (!Files.isRegularFile(archive)) {
            run("could not fetch Apicurio Registry " + version, "mvn", "-B", "-q", "dependency:get",
                    "-Dartifact=io.apicurio:apicurio-registry-app:" + version + ":tar.gz:all", "-Dtransitive=false");
        }
        try {
            Path partial = Files.createDirectories(target.resolveSibling(target.getFileName() + ".partial"));
            run("tar failed on " + archive, "tar", "-xzf", archive.toString(), "-C", partial.toString());
            // Renamed only when complete, so an interrupted unpack is never taken as ready.
            Files.move(partial, target);
        } catch (IOException e) {
            throw new IllegalStateException("could not unpack " + archive, e);
        }
        return findRunner(target).orElseThrow(() -> new IllegalStateException("no runner jar in " + archive));
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local", System.getenv("MAVEN_REPO_LOCAL"));
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static void run(String failure, String... command) {
        try {
            if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
                throw new IllegalStateException(failure);
            }
        } catch (IOException e) {
            throw new IllegalStateException(failure, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> findRunner(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            // 3.3.x ships a fast-jar (quarkus-run.jar), 3.0.x a legacy runner jar beside lib/.
            return files.filter(f -> f.getFileName().toString().equals("quarkus-run.jar")
                    || f.getFileName().toString().endsWith("-runner.jar")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** APICURIO_JAVA_HOME if set, else the newest JDK of version 21+ under /usr/lib/jvm, else this JVM's. */
    private static Path findJava() {
        String home = System.getenv("APICURIO_JAVA_HOME");
        if (home != null) {
            return Path.of(home, "bin", "java");
        }
        Path own = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Runtime.version().feature() >= CURRENT_NEEDS_JAVA) {
            return own;
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> featureVersion(jdk) >= CURRENT_NEEDS_JAVA)
                    .max(Comparator.comparingInt(RegistryDistribution::featureVersion))
                    .map(jdk -> jdk.resolve("bin/java"))
                    .orElse(own);
        } catch (IOException e) {
            return own;
        }
    }

    /** The feature version from a JDK's release file; this JVM's when the file is missing. */
    private static int featureVersion(Path jdk) {
        Path release = jdk.resolve("release");
        if (!Files.isRegularFile(release)) {
            return jdk.equals(Path.of(System.getProperty("java.home"))) ? Runtime.version().feature() : 0;
        }
        try {
            return Files.readAllLines(release).stream()
                    .filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.replaceAll("[^0-9.]", "").split("\\.")[0])
                    .mapToInt(Integer::parseInt).findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
