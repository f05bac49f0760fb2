package dev.microcred.schemas;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings of the Apicurio serdes as every service builds them: each {@code apicurio.registry.*}
 * property of its configuration, plus {@link CachingAvroDatumProvider}. The provider goes in as the
 * class itself, not its name: a name is loaded through the thread's context class loader, which
 * under Quarkus tests is not the serdes' own, and the serde then refuses the class.
 */
public final class RegistrySettings {
    private static final String PREFIX = "apicurio.registry.";
    private static final String DATUM_PROVIDER = PREFIX + "avro-datum-provider";

    private RegistrySettings() {
    }

    /**
     * @param names every property name of the configuration
     * @param value a property's value, if it has one
     */
    public static Map<String, Object> from(Iterable<String> names, Function<String, Optional<String>> value) {
        Map<String, Object> settings = new HashMap<>();
        for (String name : names) {
            if (name.startsWith(PREFIX)) {
                value.apply(name).ifPresent(v -> settings.put(name, v));
            }
        }
        settings.put(DATUM_PROVIDER, CachingAvroDatumProvider.class);
        return settings;
    }
}
