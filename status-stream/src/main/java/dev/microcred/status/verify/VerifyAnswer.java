package dev.microcred.status.verify;

/** What the public verify endpoint says about one hash, before it becomes HTTP. */
public sealed interface VerifyAnswer {
    /** 200 OK: valid, asked through the issuing issuer's domain and base path. */
    record Valid() implements VerifyAnswer {
    }

    /** 200 with a status: issued, then changed (EXPIRED, SUPERSEDED, REVOKED). */
    record Changed(String status) implements VerifyAnswer {
    }

    /** 404: never issued here, deleted, or issued under another domain or base path. */
    record Unknown() implements VerifyAnswer {
    }

    /** 503: the store cannot answer correctly right now; never guess. */
    record NotReady(int retryAfterSeconds) implements VerifyAnswer {
    }
}
