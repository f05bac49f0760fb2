package dev.microcred.issuer.ingress;

/** Answers 413: a bulk request with more items than one request may carry; nothing was issued. */
public class TooManyItemsException extends RuntimeException {
    public TooManyItemsException(int count, int maxItems) {
        super("the request has " + count + " items; at most " + maxItems + " are accepted per request, split it");
    }
}
