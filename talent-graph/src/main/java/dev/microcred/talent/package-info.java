/**
 * talent-graph: what holders and third parties do with verified credentials.
 *
 * <p>A holder pastes a credential's text; {@code portfolio.Admission} checks it exactly as a live-verify client
 * would (the text rules, the issuer's domain, its verify endpoint) and admits only our issuers' credentials. The
 * portfolio keeps the hash, the claims of the verified text and, with consent, the text. {@code stream.StreamFollower}
 * keeps {@code credential_facts} (the latest delta per hash, no personal data) current from status-deltas, so a
 * revocation shows in every portfolio as soon as it is consumed; views join holdings to facts when read.
 *
 * <p>The core is plain Java: {@code facts}, {@code freshness}, {@code portfolio} (Admission, Holding, Claims,
 * HeldCredential), {@code pathway.StackCheck}, {@code hiring.ChecklistMatch}, {@code education.CreditTotals}. The
 * adapters are the JDBC tables ({@code *.persistence}, {@code issuers.IssuerTable}), the REST resources
 * ({@code *.api}) and the Kafka follower ({@code stream}).
 */
package dev.microcred.talent;
