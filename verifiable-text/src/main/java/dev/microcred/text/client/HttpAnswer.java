package dev.microcred.text.client;

import java.util.Optional;

/**
 * What an issuer answered, reduced to what a client looks at.
 *
 * @param status     the HTTP status code
 * @param body       the body as text
 * @param retryAfter the Retry-After header, if sent
 */
record HttpAnswer(int status, String body, Optional<String> retryAfter) {
}
