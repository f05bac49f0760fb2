package dev.microcred.schemas;

import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * The Avro model to read and write a generated class with. Avro's shared default resolves generated
 * classes through Avro's own class loader, which under Quarkus's test and dev class loaders may hand
 * back a copy from another loader (ClassCastException); this one resolves them through the loader of
 * the class itself, with the logical-type conversions (timestamps, dates) the class registered.
 */
public final class SpecificModel {
    private SpecificModel() {
    }

    public static SpecificData of(Class<? extends SpecificRecord> type) {
        SpecificData model = new SpecificData(type.getClassLoader());
        SpecificData.getForClass(type).getConversions().forEach(model::addLogicalTypeConversion);
        return model;
    }
}
