package dev.microcred.issuer.ingress;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** An issuer created through the operator API for one test, with its API key; serials on, so every issue hashes apart. */
record NewIssuer(String id, String apiKey) {

    static NewIssuer create(String prefix) {
        return create(prefix, "");
    }

    /** @param serialOff document types printed without the serial line, as a JSON list body such as {@code "SKILL_MODULE"} */
    static NewIssuer create(String prefix, String serialOff) {
        String id = prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String key = given().header("Authorization", "Bearer test-admin-token").contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"displayName\":\"AWS Training and Certification\",\"verifyBase\":\"" + id
                        + ".training/cred\",\"jurisdictions\":[\"US\"],\"serialOff\":[" + serialOff + "]}")
                .post("/api/v1/issuers")
                .then().statusCode(201).extract().path("apiKey.key");
        return new NewIssuer(id, key);
    }

    /** The issuer lets this training platform issue in its name through training.completions. */
    NewIssuer authorizing(String platformId) {
        given().header("Authorization", "Bearer " + apiKey).put("/api/v1/issuers/{i}/platforms/{p}", id, platformId)
                .then().statusCode(200);
        return this;
    }
}
