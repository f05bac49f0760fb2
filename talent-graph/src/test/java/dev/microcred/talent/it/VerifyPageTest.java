package dev.microcred.talent.it;

import static dev.microcred.talent.it.Fixtures.bearer;
import static dev.microcred.talent.it.Fixtures.hashOf;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.microcred.infra.Browser;
import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.DocumentType;
import dev.microcred.talent.issuers.IssuerTable;
import dev.microcred.infra.Eventually;
import dev.microcred.talent.support.IssuerDomains;
import dev.microcred.talent.support.Seed;
import dev.microcred.talent.support.StatusStream;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The verify page in a real headless Chromium: what a person sees when they paste a credential or open a share link. */
@QuarkusTest
class VerifyPageTest {

    private static final String LAMBDA_HASH = "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded";
    private static WebDriver browser;

    @TestHTTPResource("/verify/index.html")
    URL page;

    @Inject
    IssuerTable issuers;

    @BeforeEach
    void start() {
        Fixtures.seedIssuers(issuers);
        if (browser == null) {
            Browser.missing().ifPresent(why -> {
                assertFalse(Browser.required(), "MICROCRED_BROWSER_TESTS=required, but " + why);
                assumeTrue(false, why);
            });
            browser = Browser.start();
        }
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    private void paste(String text) {
        browser.get(page.toString());
        WebElement box = browser.findElement(By.id("credential"));
        box.clear();
        box.sendKeys(text);
        browser.findElement(By.id("check")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("result")),
                        ExpectedConditions.visibilityOfElementLocated(By.id("error"))));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void aPastedSeedCredentialShowsItsTextHashIssuerDomainAndOk() {
        IssuerDomains.answer("aws.training", LAMBDA_HASH, "OK");

        paste(Fixtures.plainText(Seed.html(1)));

        assertEquals("OK", text("status"));
        assertEquals("VERIFIED by aws.training", text("message"));
        assertEquals("aws.training", text("domain"));
        assertEquals(LAMBDA_HASH, text("hash"));
        assertEquals("https://aws.training/cred/jc-lambda-2026/" + LAMBDA_HASH, text("url"));
        assertTrue(text("extracted").startsWith("SKILL CREDENTIAL\nAWS Training and Certification"), text("extracted"));
        assertTrue(browser.findElement(By.id("verdict")).getAttribute("class").contains("affirming"));
    }

    @Test
    void aRevokedCredentialShowsItsStatusAsAFailure() {
        String text = Seed.awsModule("Hana Sato", "AWS Solutions Architect - Associate", "hs-saa-2026");
        IssuerDomains.answer("aws.training", hashOf(text), "REVOKED");

        paste(text);

        assertEquals("REVOKED", text("status"));
        assertEquals("NOT VERIFIED: REVOKED", text("message"));
        assertTrue(browser.findElement(By.id("verdict")).getAttribute("class").contains("denying"));
    }

    @Test
    void aCredentialOfAnotherPlatformIsExplained() {
        paste(Fixtures.plainText(Seed.html(5)));

        assertEquals("no issuer of this platform verifies at englishtest.duolingo.com/v/DET-2026-4478921", text("error"));
    }

    @Test
    void aShareLinkShowsEachCredentialsStatusNowAndARevocationOnReload() {
        String text = Seed.awsModule("Ivan Petrov", "AWS Lambda Deep Dive", "ip-lambda-2026");
        Instant issued = Instant.parse("2026-01-03T09:00:00Z");
        String hash = Fixtures.issuedAwsModule(text, "AWS-LAMBDA-DD", "Advanced", issued);
        String holder = Fixtures.newHolder(false);
        given().header("Authorization", bearer(holder)).contentType(ContentType.JSON)
                .body(Map.of("text", text, "keepText", false)).post("/api/v1/portfolios/mine/credentials")
                .then().statusCode(201);
        String share = given().header("Authorization", bearer(holder)).post("/api/v1/portfolios/mine/shares")
                .then().extract().path("id");
        String shared = page + "?share=" + share;

        browser.get(shared);
        assertEquals(List.of("AWS Lambda Deep Dive", "aws.training", "VALID"), row(hash).subList(0, 3));

        StatusStream.delta(hash, CredentialState.REVOKED, "aws", "aws.training", DocumentType.SKILL_MODULE,
                "AWS-LAMBDA-DD", "Advanced", issued, null);
        Eventually.within(Fixtures.WITHIN, "REVOKED on the page", () -> {
            browser.get(shared);
            return row(hash).get(2).equals("REVOKED");
        });
        assertEquals("0.00", row(hash).get(3));
    }

    private static List<String> row(String hash) {
        WebElement row = new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#portfolio tr[data-hash='" + hash + "']")));
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

}
