package dev.microcred.deploy;

import dev.microcred.schemas.Topics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.infra.Browser;
import dev.microcred.infra.ScratchDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Holders and third parties on the whole platform: a credential issued through issuer-service is pasted into
 * talent-graph, which checks it at status-stream's verify endpoint as a phone would; a revocation through the
 * issuer API then reaches the portfolio, the stack and the share link through the real status stream; the verify page
 * shows both in Debian's headless Chromium.
 */
@ExtendWith(TestInfrastructure.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TalentGraphIT {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScratchDirectory data = ScratchDirectory.create("talent-graph-it-");
    private LocalStack stack;
    private String awsKey;
    private String credentialId;
    private String hash;
    private String holderToken;
    private String shareId;
    private WebDriver browser;

    @BeforeAll
    void startPlatform() {
        stack = LocalStack.start(StackLayout.freePorts(ProjectRoot.path(), data.path()), WitnessFirm.localDefaults(),
                TestInfrastructure.starter());
        awsKey = Http.createIssuer(stack, Seed.AWS_ISSUER);
    }

    /** Debian's Chromium, started on first use; skipped where it is missing, unless CI requires it. */
    private WebDriver browser() {
        if (browser == null) {
            Browser.missing().ifPresent(why -> {
                assertFalse(Browser.required(), "MICROCRED_BROWSER_TESTS=required, but " + why);
                assumeTrue(false, why);
            });
            browser = Browser.start();
        }
        return browser;
    }

    @AfterAll
    void stopPlatform() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
        data.close();
    }

    private String talent(String path) {
        return stack.talent().url() + path;
    }

    @Test
    @Order(1)
    void aHolderAddsAnIssuedCredentialAndSeesTheIssuersFacts() throws IOException {
        Http.Answer issued = Http.send("POST", stack.issuer().url() + "/api/v1/issuers/aws-training/credentials", awsKey,
                Seed.LAMBDA.replace("\"level\":\"Advanced\"", "\"level\":\"Advanced\",\"credentialCode\":\"AWS-LAMBDA-DD\""));
        assertEquals(201, issued.status(), issued.body());
        credentialId = issued.field("id");
        hash = issued.field("hash");
        String html = issued.json().path("text").path("html").asText();
        Eventually.within(WITHIN, () -> Http.verify(stack.status().url(), "aws.training", "/cred/jc-lambda-2026/" + hash,
                "application/json"), a -> a.status() == 200);
        holderToken = Http.send("POST", talent("/api/v1/portfolios"), null, "{\"discoverable\":false}").field("holderToken");

        Http.Answer added = Http.send("POST", talent("/api/v1/portfolios/mine/credentials"), holderToken,
                JSON.writeValueAsString(Map.of("text", html, "keepText", false)));

        assertEquals(201, added.status(), added.body());
        assertEquals(hash, added.field("hash"));
        assertEquals("VALID", added.field("status"));
        assertEquals("AWS Lambda Deep Dive", added.field("title"));
        JsonNode held = Eventually.within(WITHIN, () -> mine().path("credentials").path(0),
                c -> "AWS-LAMBDA-DD".equals(c.path("credentialCode").asText()));
        assertEquals("SKILL_MODULE", held.path("documentType").asText());
        assertEquals("Advanced", held.path("level").asText());
    }

    @Test
    @Order(2)
    void theVerifyPagesCheckAsksTheIssuersDomainAsAPhoneWould() throws IOException {
        Http.Answer check = Http.send("POST", talent("/api/v1/checks"), null,
                JSON.writeValueAsString(Map.of("text", Http.send("GET", stack.issuer().url()
                        + "/api/v1/issuers/aws-training/credentials/" + credentialId, awsKey, null).json()
                        .path("text").path("html").asText())));
        assertEquals(200, check.status(), check.body());
        assertEquals("true", check.field("verified"));
        assertEquals("https://aws.training/cred/jc-lambda-2026/" + hash, check.field("url"));
        assertEquals(422, Http.send("POST", talent("/api/v1/checks"), null,
                JSON.writeValueAsString(Map.of("text", "SKILL CREDENTIAL\nno verify line"))).status());
    }

    @Test
    @Order(3)
    void theVerifyPageInChromiumShowsTheIssuedCredentialAsOk() {
        String html = Http.send("GET", stack.issuer().url() + "/api/v1/issuers/aws-training/credentials/" + credentialId,
                awsKey, null).json().path("text").path("html").asText();
        WebDriver page = browser();
        page.get(talent("/verify/"));
        page.findElement(By.id("credential")).sendKeys(html);
        page.findElement(By.id("check")).click();
        new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));

        assertEquals("OK", page.findElement(By.id("status")).getText());
        assertEquals(hash, page.findElement(By.id("hash")).getText());
        assertEquals("aws.training", page.findElement(By.id("domain")).getText());
    }

    @Test
    @Order(4)
    void aRevocationThroughTheIssuerApiReachesThePortfolioAndTheSharedStack() {
        Http.Answer pathway = Http.send("PUT", talent("/api/v1/pathways/aws-serverless"), stack.talentOperatorToken(),
                "{\"name\":\"Serverless on AWS\",\"steps\":[{\"credentialCode\":\"AWS-LAMBDA-DD\",\"title\":\"AWS Lambda Deep Dive\"}]}");
        assertEquals(200, pathway.status(), pathway.body());
        shareId = Http.send("POST", talent("/api/v1/portfolios/mine/shares"), holderToken, null).field("id");
        String stackUrl = talent("/api/v1/shared/" + shareId + "/pathways/aws-serverless");
        assertEquals("true", Http.send("GET", stackUrl, null, null).field("complete"));

        Http.Answer revoked = Http.send("POST", stack.issuer().url() + "/api/v1/issuers/aws-training/credentials/"
                + credentialId + "/revoke", awsKey, "{\"reason\":\"MISCONDUCT\"}");
        assertEquals(200, revoked.status(), revoked.body());

        Eventually.within(WITHIN, () -> mine().path("credentials").path(0).path("status").asText(), "REVOKED"::equals);
        assertEquals("false", Http.send("GET", stackUrl, null, null).field("complete"));
        assertEquals("REVOKED", Http.send("GET", talent("/api/v1/shared/" + shareId), null, null).json()
                .path("credentials").path(0).path("status").asText());
    }

    @Test
    @Order(5)
    void theSharedPortfolioPageInChromiumShowsTheRevocation() {
        WebDriver page = browser();
        page.get(talent("/verify/?share=" + shareId));
        WebElement row = new WebDriverWait(page, Duration.ofSeconds(15)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#portfolio tr[data-hash='" + hash + "']")));

        assertEquals("REVOKED", row.findElement(By.className("status")).getText());
        assertEquals("AWS Lambda Deep Dive", row.findElement(By.className("title")).getText());
    }

    @Test
    @Order(6)
    void theHoldersNameAndTextReachNeitherTheLogNorTheRejectionTopic() throws IOException {
        String log = Files.readString(stack.layout().dataDirectory().resolve("logs/talent-graph.log"));
        assertTrue(log.contains("talent-graph"), "the log is the service's");
        assertFalse(log.contains("james.chen@email.com"));
        assertFalse(log.contains("AWS Lambda Deep Dive"));
        assertEquals(0, TopicCount.records(stack.operatorKafka(), Topics.Rejections.TALENT_GRAPH_REJECTED.topic()).size());
    }

    @Test
    @Order(7)
    void erasingThePortfolioEndsTheShareLink() {
        assertEquals(204, Http.send("DELETE", talent("/api/v1/portfolios/mine"), holderToken, null).status());
        assertEquals(404, Http.send("GET", talent("/api/v1/shared/" + shareId), null, null).status());
        assertEquals(401, Http.send("GET", talent("/api/v1/portfolios/mine"), holderToken, null).status());
    }

    private JsonNode mine() {
        return Http.send("GET", talent("/api/v1/portfolios/mine"), holderToken, null).json();
    }
}
