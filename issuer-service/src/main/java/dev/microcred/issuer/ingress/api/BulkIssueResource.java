package dev.microcred.issuer.ingress.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.issuer.account.access.IssuerKeyRequired;
import dev.microcred.issuer.ingress.CompletionKey;
import dev.microcred.issuer.ingress.CompletionOutcome;
import dev.microcred.issuer.ingress.service.CompletionIssuer;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bulk issuing for training platforms that post with the issuer's API key: up to
 * {@code issuer.bulk.max-items} completions, as NDJSON or a JSON array, each the normal issue body
 * plus its {@code completionId}. Items are issued up to {@code ingress.batch-size} per transaction,
 * each with the outcome it would have alone, so a bad item never rolls back the others, and the
 * answer is 200 with one result per item; a completion id seen before for this
 * issuer issues nothing new (duplicate). Retrying a whole request after a timeout is therefore safe.
 * With {@code ?platform=<id>} the completion ids are that platform's, shared with its completions on
 * training.completions.
 */
@Path("/api/v1/issuers/{issuerId}/credentials/bulk")
@IssuerKeyRequired
public class BulkIssueResource {
    public static final String NDJSON = "application/x-ndjson";

    private final CompletionIssuer issuer;
    private final ObjectMapper json;
    private final int maxItems;

    BulkIssueResource(CompletionIssuer issuer, ObjectMapper json,
            @ConfigProperty(name = "issuer.bulk.max-items") int maxItems) {
        this.issuer = issuer;
        this.json = json;
        this.maxItems = maxItems;
    }

    @POST
    @Consumes(NDJSON)
    public BulkResponse issueNdjson(@PathParam("issuerId") String issuerId, @QueryParam("platform") String platform,
            String body) {
        Function<String, CompletionKey> keys = keysOf(platform);
        return issueAll(issuerId, keys, BulkItems.fromNdjson(json, body, maxItems));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public BulkResponse issueArray(@PathParam("issuerId") String issuerId, @QueryParam("platform") String platform,
            String body) throws JsonProcessingException {
        Function<String, CompletionKey> keys = keysOf(platform);
        return issueAll(issuerId, keys, BulkItems.fromArray(json, body, maxItems));
    }

    /**
     * Completions of a named platform are keyed as that platform's completions on training.completions, so
     * one sent both ways (a backfill after a producer outage) is issued once; unnamed, they are the issuer's own.
     */
    private static Function<String, CompletionKey> keysOf(String platform) {
        if (platform == null) {
            return CompletionKey::fromBulk;
        }
        if (!CompletionKey.isPlatformId(platform)) {
            throw new BadRequestException("platform must be " + CompletionKey.PLATFORM_ID_RULE);
        }
        return completionId -> CompletionKey.fromPlatform(platform, completionId);
    }

    private BulkResponse issueAll(String issuerId, Function<String, CompletionKey> keys, List<BulkItem> items) {
        List<CompletionIssuer.Completion> readable = items.stream().filter(item -> item.unreadable() == null)
                .map(item -> new CompletionIssuer.Completion(issuerId, keys.apply(item.completionId()), item.body()))
                .toList();
        Iterator<CompletionOutcome> issued = issuer.issueAll(readable).iterator();
        List<BulkResponse.Result> results = new ArrayList<>(items.size());
        for (BulkItem item : items) {
            CompletionOutcome outcome = item.unreadable() != null
                    ? CompletionOutcome.Rejected.because(item.unreadable()) : issued.next();
            results.add(BulkResponse.Result.of(item, outcome));
        }
        return BulkResponse.of(results);
    }
}
