package dev.microcred.talent.pathway;

import java.util.List;

/**
 * A stack an issuer publishes: credentials that together show a progression, e.g. AWS Cloud Practitioner, Solutions
 * Architect Associate, Lambda Deep Dive and Security Specialty. Steps are matched by credential code, in order.
 */
public record Pathway(String id, String name, List<Step> steps) {

    public record Step(String credentialCode, String title) {
    }

    public Pathway {
        steps = List.copyOf(steps);
    }
}
