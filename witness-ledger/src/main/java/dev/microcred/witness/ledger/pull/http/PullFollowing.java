package dev.microcred.witness.ledger.pull.http;

import dev.microcred.witness.ledger.append.persistence.LedgerAppends;
import dev.microcred.witness.ledger.pull.Backoff;
import dev.microcred.witness.ledger.pull.FeedFollower;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Starts the configured feed follower (if {@code ledger.pull.feed-url} is set) and stops every follower on shutdown. */
@ApplicationScoped
public class PullFollowing {

    private static final Logger LOG = Logger.getLogger(PullFollowing.class);

    private final Optional<String> feedUrl;
    private final Optional<String> token;
    private final boolean allowPlainHttp;
    private final int waitSeconds;
    private final Duration idle;
    private final Duration backoffInitial;
    private final Duration backoffMax;
    private final LedgerAppends appends;
    private final List<FeedFollower> followers = new CopyOnWriteArrayList<>();

    PullFollowing(@ConfigProperty(name = "ledger.pull.feed-url") Optional<String> feedUrl,
            @ConfigProperty(name = "ledger.pull.token") Optional<String> token,
            @ConfigProperty(name = "ledger.pull.allow-plain-http") boolean allowPlainHttp,
            @ConfigProperty(name = "ledger.pull.wait") int waitSeconds,
            @ConfigProperty(name = "ledger.pull.idle") Duration idle,
            @ConfigProperty(name = "ledger.pull.backoff.initial") Duration backoffInitial,
            @ConfigProperty(name = "ledger.pull.backoff.max") Duration backoffMax, LedgerAppends appends) {
        this.feedUrl = feedUrl;
        this.token = token;
        this.allowPlainHttp = allowPlainHttp;
        this.waitSeconds = waitSeconds;
        this.idle = idle;
        this.backoffInitial = backoffInitial;
        this.backoffMax = backoffMax;
        this.appends = appends;
    }

    void onStart(@Observes StartupEvent event) {
        feedUrl.ifPresentOrElse(url -> follow(requireHttps(url, allowPlainHttp), token.orElse("")),
                () -> LOG.info("no ledger.pull.feed-url: not following a feed"));
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        for (FeedFollower follower : followers) {
            follower.stop();
        }
    }

    /** The feed URL, unless it would send the feed token in the clear where that is not allowed. */
    static String requireHttps(String url, boolean allowPlainHttp) {
        if (!allowPlainHttp && !url.startsWith("https://")) {
            throw new IllegalStateException("ledger.pull.feed-url must be https:// (it carries the feed token); "
                    + "set ledger.pull.allow-plain-http=true only inside one private network");
        }
        return url;
    }

    /** Starts following a feed; its cursor is stored under the feed URL, so a restart resumes where it stopped. */
    public FeedFollower follow(String url, String feedToken) {
        FeedFollower follower = new FeedFollower(url, new FeedClient(url, feedToken, waitSeconds),
                new PulledDeltas(url, appends), new Backoff(backoffInitial, backoffMax, RandomGenerator.getDefault()),
                idle);
        followers.add(follower);
        follower.start();
        LOG.infof("following feed %s", url);
        return follower;
    }
}
