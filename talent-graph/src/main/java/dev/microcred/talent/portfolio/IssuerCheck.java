package dev.microcred.talent.portfolio;

import dev.microcred.text.VerifiableText;
import dev.microcred.text.client.LiveAnswer;

/** Asks the issuer's own domain about a text, exactly as a live-verify client would. */
public interface IssuerCheck {

    LiveAnswer ask(VerifiableText text) throws InterruptedException;
}
