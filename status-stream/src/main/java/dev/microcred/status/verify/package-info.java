/**
 * The public verify endpoint, and how it stays fast.
 *
 * <p>A hash whose partition this instance owns, and whose active store can answer (found or not found), is answered by
 * {@link dev.microcred.status.verify.VerifyRoute}: a Vert.x route in front of Quarkus REST that writes the response
 * itself on the event loop. The verify benchmark's profile put Quarkus REST's dispatch and writers at about half the
 * cost of such a request.
 *
 * <p>The owner reads its active copy without Kafka Streams' interactive queries, which enumerate the stream threads'
 * tasks under locks on every read. The status processor puts its partition's store in
 * {@code topology.ActiveStatusStores} when Kafka Streams initializes it (once the store is restored, just before the
 * task runs) and takes it out when Kafka Streams closes it (when the task is suspended, before the store is closed,
 * wiped or recycled into a standby). So a store is read there exactly while its task is the partition's running
 * active task.
 *
 * <p>The route first reads the partition the producers' partitioner gives the hash (murmur2 of the key, modulo the
 * partition count from the Streams metadata). A hash found there is answered, since no other partition can hold it;
 * only a hash not found there asks the Streams metadata who owns it. Standby reads still go through interactive
 * queries.
 *
 * <p>status-stream runs one Vert.x event loop per core (Quarkus' default is two), and counts lookups by answer
 * ({@code verify_answers_total{answer}} at {@code /q/metrics}) instead of timing every request.
 *
 * <p>Everything else goes on to {@link dev.microcred.status.verify.VerifyResource}, which builds answers with the same
 * {@link dev.microcred.status.verify.DomainBinding} and {@link dev.microcred.status.verify.VerifyResponses}. A
 * malformed hash is answered on the event loop without a thread hop; everything else (a hash owned elsewhere, a
 * standby fallback, {@code verification-meta.json}) runs on a worker thread, because asking another instance blocks on
 * HTTP. The internal lookup reads only this instance's copies, so it too answers on the event loop.
 */
package dev.microcred.status.verify;
