package dev.microcred.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

class CachingAvroDatumProviderTest {
    private static final IssuerProfile GUILDS = IssuerProfile.newBuilder().setIssuerId("city-and-guilds")
            .setDisplayName("City & Guilds").setDomain("cityandguilds.com").setBasePath("/v")
            .setJurisdictions(java.util.List.of("UK")).setUpdatedAt(Instant.parse("2026-01-01T00:00:00Z")).build();

    @Test
    void aSchemaGetsOneWriterAndOneReaderForAllItsRecords() {
        CachingAvroDatumProvider<Object> provider = new CachingAvroDatumProvider<>();
        assertSame(provider.createDatumWriter(GUILDS, IssuerProfile.getClassSchema()),
                provider.createDatumWriter(IssuerProfile.newBuilder(GUILDS).setDisplayName("C&G").build(),
                        IssuerProfile.getClassSchema()));
        assertSame(provider.createDatumReader(IssuerProfile.getClassSchema()),
                provider.createDatumReader(IssuerProfile.getClassSchema()));
    }

    @Test
    void whatItsWriterWritesItsReaderReads() throws Exception {
        CachingAvroDatumProvider<Object> provider = new CachingAvroDatumProvider<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        provider.createDatumWriter(GUILDS, IssuerProfile.getClassSchema()).write(GUILDS, encoder);
        encoder.flush();
        // The services read generically (use-specific-avro-reader=false) and convert with SpecificModel.
        GenericRecord read = (GenericRecord) provider.createDatumReader(IssuerProfile.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
        assertEquals(GUILDS, SpecificModel.convert(read, IssuerProfile.class));
    }
}
