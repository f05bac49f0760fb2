package dev.microcred.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the Apicurio Registry runner and a Java 21+ to run it are. The distribution is the
 * {@code apicurio-registry-app:all:tar.gz} artifact this module depends on, so Maven has put it in
 * the local repository; it is unpacked once under {@code ~/.cache/microcred}.
 */
record RegistryDistribution(Path java, Path runnerJar) {
    static final String VERSION = "3.3.3";
    private static final int MIN_JAVA = 21;

    static RegistryDistribution locate() {
        return new RegistryDistribution(findJava(), unpacked());
    }

    private static Path unpacked() {
        Path target = Path.of(System.getProperty("user.home"), ".cache", "microcred", "apicurio-registry-" + VERSION);
        Optional<Path> runner = findRunner(target);
        if (runner.isPresent()) {
            return runner.get();
        }
        Path archive = localRepository().resolve("io/apicurio/apicurio-registry-app/" + VERSION
                + "/apicurio-registry-app-" + VERSION + "-all.tar.gz");
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("missing " + archive + ": build with Maven first (mvn install -DskipTests)");
        }
        untar(archive, target);
        return findRunner(target).orElseThrow(() -> new IllegalStateException("no quarkus-run.jar in " + archive));
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local", System.getenv("MAVEN_REPO_LOCAL"));
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static void untar(Path archive, Path target) {
        try {
            Path partial = Files.createDirectories(target.resolveSibling(target.getFileName() + ".partial"));
            Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", partial.toString())
                    .inheritIO().start();
            if (tar.waitFor() != 0) {
                throw new IllegalStateException("tar failed on " + archive);
            }
            // Renamed only when complete, so an interrupted unpack is never taken as ready.
            Files.move(partial, target);
        } catch (IOException e) {
            throw new IllegalStateException("could not unpack " + archive, e);
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
            return files.filter(f -> f.getFileName().toString().equals("quarkus-run.jar")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** APICURIO_JAVA_HOME if set, else the newest JDK of version 21 or later under /usr/lib/jvm. */
    private static Path findJava() {
        String home = System.getenv("APICURIO_JAVA_HOME");
        if (home != null) {
            return Path.of(home, "bin", "java");
        }
        if (Runtime.version().feature() >= MIN_JAVA) {
            return Path.of(System.getProperty("java.home"), "bin", "java");
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> featureVersion(jdk) >= MIN_JAVA)
                    .max(Comparator.comparingInt(RegistryDistribution::featureVersion))
                    .map(jdk -> jdk.resolve("bin/java"))
                    .orElseThrow(RegistryDistribution::noJava);
        } catch (IOException e) {
            throw noJava();
        }
    }

    private static int featureVersion(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release")).stream()
                    .filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.replaceAll("[^0-9.]", "").split("\\.")[0])
                    .mapToInt(Integer::parseInt).findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static IllegalStateException noJava() {
        return new IllegalStateException("Apicurio Registry " + VERSION + " needs Java " + MIN_JAVA
                + "+: install one under /usr/lib/jvm (e.g. apt-get install openjdk-21-jre-headless) or set APICURIO_JAVA_HOME");
    }
}
