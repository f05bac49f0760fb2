package dev.microcred.issuer.account.persistence;

import dev.microcred.issuer.account.Issuer;
import dev.microcred.issuer.account.VerifyBase;
import dev.microcred.issuer.document.DateStyle;
import dev.microcred.issuer.document.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

@Entity
@Table(name = "issuer")
public class IssuerEntity {
    @Id
    private String id;
    @Column(name = "display_name")
    private String displayName;
    private String domain;
    @Column(name = "base_path")
    private String basePath;
    private String jurisdictions;
    @Column(name = "date_style")
    private String dateStyle;
    @Column(name = "serial_off")
    private String serialOff;
    @Column(name = "event_sequence")
    private long eventSequence;
    @Column(name = "created_at")
    private Instant createdAt;

    protected IssuerEntity() {
    }

    public static IssuerEntity of(Issuer issuer, Instant now) {
        IssuerEntity entity = new IssuerEntity();
        entity.id = issuer.id();
        entity.createdAt = now;
        entity.update(issuer);
        return entity;
    }

    public void update(Issuer issuer) {
        displayName = issuer.displayName();
        domain = issuer.verifyBase().domain();
        basePath = issuer.verifyBase().path();
        jurisdictions = String.join(",", issuer.jurisdictions());
        dateStyle = issuer.dateStyle().name();
        serialOff = issuer.serialOff().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public Issuer toIssuer() {
        return new Issuer(id, displayName, new VerifyBase(domain, basePath), split(jurisdictions),
                DateStyle.valueOf(dateStyle),
                split(serialOff).stream().map(DocumentType::valueOf).collect(Collectors.toSet()));
    }

    /** Next per-issuer event number; the caller holds this row's lock, so numbers have no gaps. */
    public long nextEventSequence() {
        return ++eventSequence;
    }

    public String id() {
        return id;
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

}
