package dev.microcred.bench.jmh;

import dev.microcred.schemas.AvroCodec;
import dev.microcred.schemas.CredentialEvent;
import dev.microcred.schemas.CredentialIssued;
import dev.microcred.schemas.DocumentType;
import dev.microcred.schemas.Topics;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The outbox row's encoding of a CredentialEvent (single-object Avro) and the relay's decoding of it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AvroCodecBench {
    private AvroCodec<CredentialEvent> codec;
    private CredentialEvent event;
    private byte[] encoded;

    @Setup
    public void build() {
        codec = AvroCodec.of(Topics.CREDENTIAL_EVENTS);
        Instant at = Instant.parse("2026-01-03T10:00:00Z");
        event = CredentialEvent.newBuilder().setEventId("5f1c9a52-8a65-4d3e-9b1e-2b8f0f4d6a11").setSequence(1_234_567)
                .setIssuerSequence(42).setOccurredAt(at).setHash("3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded")
                .setIssuerId("aws-training").setIssuerDomain("aws.training").setVerifyBasePath("/cred")
                .setDocumentType(DocumentType.SKILL_MODULE).setCredentialCode("AWS Lambda Deep Dive").setLevel("Advanced")
                .setIssuedAt(at).setValidUntil(null).setJurisdictions(List.of("US")).setChange(new CredentialIssued(null)).build();
        encoded = codec.encode(event);
    }

    @Benchmark
    public byte[] encode() {
        return codec.encode(event);
    }

    @Benchmark
    public CredentialEvent decode() {
        return codec.decode(encoded);
    }
}
