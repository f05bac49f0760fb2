package dev.microcred.witness.ledger;

import static io.restassured.RestAssured.given;

import dev.microcred.merkle.Checkpoint;
import dev.microcred.merkle.NoteException;
import dev.microcred.merkle.NoteVerifier;
import java.util.Base64;
import java.util.List;

/** Reads the ledger as a monitor would: checkpoints checked with the published key, proofs decoded. */
public final class LedgerClient {

    private LedgerClient() {
    }

    public static String verifierKey() {
        return given().get("/witness/v1/key").then().statusCode(200).extract().asString().trim();
    }

    public static Checkpoint latestCheckpoint() throws NoteException {
        return open(given().get("/witness/v1/checkpoint").then().statusCode(200).extract().asString());
    }

    public static Checkpoint checkpoint(long size) throws NoteException {
        return open(given().get("/witness/v1/checkpoints/" + size).then().statusCode(200).extract().asString());
    }

    public static Checkpoint open(String note) throws NoteException {
        return NoteVerifier.fromKeyText(verifierKey()).verify(note);
    }

    public static List<byte[]> decode(List<String> hashes) {
        return hashes.stream().map(Base64.getDecoder()::decode).toList();
    }
}
