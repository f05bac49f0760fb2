package dev.microcred.talent.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details; {@code type} is a stable URN per kind of problem, so clients branch without parsing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem("urn:microcred:problem:" + kind, title, status, detail, null);
    }
}
