package dev.microcred.deploy;

import java.nio.file.Path;

/** The checkout the end-to-end tests run from, where the services' packaged jars are (failsafe passes it). */
final class ProjectRoot {
    private ProjectRoot() {
    }

    static Path path() {
        return Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    }
}
